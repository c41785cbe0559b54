import { Controller, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { type AuthUser, CurrentUser, Endpoint, SCREENING, STAFF } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { AppError } from '../common/app-error.js';
import { IdParam, ZodBody, ZodQuery } from '../common/route-params.js';
import { DepartmentsService, SubjectsService } from '../org/index.js';
import { type CaseInput, caseListSchema } from './case-input.js';
import {
  caseQuerySchema,
  closeCaseSchema,
  handOverSchema,
  revealQuerySchema,
  transferCaseSchema,
  unitOnlyQuerySchema,
  updateCaseSchema,
} from './cases.schemas.js';
import { CaseTransferService } from './case-transfer.service.js';
import { DisciplineService } from './discipline.service.js';
import { CasesService, type RequestContext } from './cases.service.js';
import { CaseImportService } from './import/import.service.js';
import { casesXlsx, templateXlsx } from './import/spreadsheets.js';
import { type UploadedFileLike, UPLOAD_CEILING_BYTES, UploadErrorsInterceptor } from './upload.js';
import {
  caseUpdateResponse,
  casePageResponse,
  casesCreatedResponse,
  priorityCaseResponse,
} from './appointments.responses.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ctxOf = (req: Request & { id?: unknown }): RequestContext => ({
  ip: req.ip,
  requestId: req.id ? String(req.id) : undefined,
});

/** Field paths of a JSON submission: row N is the N-th element (1-based). */
const jsonColumn = (field: string) => field;

@ApiTags('appointments')
@ApiBearerAuth()
@Controller('priority-cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly imports: CaseImportService,
    private readonly subjects: SubjectsService,
    private readonly transfers: CaseTransferService,
    private readonly departments: DepartmentsService,
    private readonly discipline: DisciplineService,
  ) {}

  @Endpoint.post('', { roles: SCREENING, response: casesCreatedResponse })
  submit(
    @CurrentUser() user: AuthUser,
    @ZodQuery(unitOnlyQuerySchema) q: z.infer<typeof unitOnlyQuerySchema>,
    @ZodBody(caseListSchema) body: CaseInput[],
  ) {
    return this.cases.submit(
      user,
      q.unitId ?? user.unitId,
      body.map((input, i) => ({ row: i + 1, input, column: jsonColumn })),
    );
  }

  @ApiConsumes('multipart/form-data')
  @Endpoint.post('import', { roles: SCREENING })
  @UseInterceptors(
    UploadErrorsInterceptor,
    FileInterceptor('file', {
      limits: { fileSize: UPLOAD_CEILING_BYTES, files: 1, fields: 5, parts: 6 },
    }),
  )
  @ApiZodResponse(casesCreatedResponse, 201)
  async import(
    @CurrentUser() user: AuthUser,
    @ZodQuery(unitOnlyQuerySchema) q: z.infer<typeof unitOnlyQuerySchema>,
    @UploadedFile() file: UploadedFileLike | undefined,
  ) {
    if (!file) {
      const message = '请用 multipart/form-data 的 file 字段上传 XLSX 或 CSV 文件';
      throw new AppError('BAD_UPLOAD', message, {
        field: 'file',
        details: { errors: [{ row: null, column: null, message }] },
      });
    }
    return this.imports.import(user, q.unitId ?? user.unitId, file.buffer);
  }

  @Endpoint.get('template.xlsx', { roles: STAFF })
  async template(
    @CurrentUser() user: AuthUser,
    @ZodQuery(unitOnlyQuerySchema) q: z.infer<typeof unitOnlyQuerySchema>,
    @Res() res: Response,
  ) {
    // The unit's departments and the taxonomy go into 填写说明 and the drop-downs.
    const [departments, subjects] = await Promise.all([
      this.departments.list(user, q.unitId ?? user.unitId, false),
      this.subjects.list(),
    ]);
    res.setHeader('Content-Type', XLSX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent('重点约访导入模板.xlsx')}`,
    );
    res.send(
      await templateXlsx({
        departments: departments.map((d) => d.name),
        subjects: subjects.filter((x) => !x.restricted).map((x) => x.name),
        oldLabels: subjects.flatMap((x) => x.oldLabels),
      }),
    );
  }

  @Endpoint.get('export.xlsx', { roles: STAFF })
  async export(
    @CurrentUser() user: AuthUser,
    @ZodQuery(unitOnlyQuerySchema) q: z.infer<typeof unitOnlyQuerySchema>,
    @Res() res: Response,
  ) {
    const views = await this.cases.forExport(user, q.unitId ?? user.unitId);
    const names = new Map((await this.subjects.list()).map((s) => [s.code, s.name]));
    res.setHeader('Content-Type', XLSX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent('重点约访案件.xlsx')}`,
    );
    res.send(await casesXlsx(views, names));
  }

  @Endpoint.get('', { roles: 'any', response: casePageResponse })
  list(
    @CurrentUser() user: AuthUser,
    @ZodQuery(caseQuerySchema) q: z.infer<typeof caseQuerySchema>,
    @Req() req: Request,
  ) {
    const { reveal, ...query } = q;
    return this.cases.list(user, query, reveal, ctxOf(req));
  }

  @Endpoint.get(':id', { roles: 'any', response: priorityCaseResponse })
  get(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodQuery(revealQuerySchema) q: z.infer<typeof revealQuerySchema>,
    @Req() req: Request,
  ) {
    return this.cases.get(user, id, q.reveal, ctxOf(req));
  }

  /** The roles that submit cases edit them, within their unit (a case elsewhere is a 404). */
  @Endpoint.patch(':id', { roles: SCREENING, response: caseUpdateResponse })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(updateCaseSchema) body: z.infer<typeof updateCaseSchema>,
    @Req() req: Request,
  ) {
    return this.cases.update(user, id, body, ctxOf(req));
  }

  /** Hands a case to the other submitting body (政法委 ↔ 信访局): administrators, with a reason. */
  @Endpoint.action(':id/transfer', { roles: ['admin'], response: priorityCaseResponse })
  transfer(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(transferCaseSchema) body: z.infer<typeof transferCaseSchema>,
    @Req() req: Request,
  ) {
    return this.transfers.transfer(user, id, body, ctxOf(req));
  }

  @Endpoint.action(':id/hand-over', {
    roles: SCREENING,
    response: priorityCaseResponse,
  })
  handOver(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(handOverSchema) body: z.infer<typeof handOverSchema>,
    @Req() req: Request,
  ) {
    return this.discipline.handOver(user, id, body, ctxOf(req));
  }

  /** 纪检 acknowledges receipt: recorded by the screening bodies or by the 纪检 leader. */
  @Endpoint.action(':id/acknowledge', {
    roles: [...SCREENING, 'leader'],
    response: priorityCaseResponse,
  })
  acknowledge(@CurrentUser() user: AuthUser, @IdParam() id: string, @Req() req: Request) {
    return this.discipline.acknowledge(user, id, ctxOf(req));
  }

  @Endpoint.action(':id/close', {
    roles: SCREENING,
    response: priorityCaseResponse,
  })
  close(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @ZodBody(closeCaseSchema) body: z.infer<typeof closeCaseSchema>,
  ) {
    return this.cases.close(user, id, body.reason);
  }
}
