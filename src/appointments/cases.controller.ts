import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { AnyRole, type AuthUser, CurrentUser, Roles } from '../auth/index.js';
import { ApiZodResponse } from '../common/api-responses.js';
import { AppError } from '../common/app-error.js';
import { ApiZodBody, UuidPipe, ZodPipe } from '../common/zod-validation.js';
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

  @Roles('admin', 'petition', 'politics')
  @Post()
  @ApiZodBody(caseListSchema)
  @ApiZodResponse(casesCreatedResponse, 201)
  submit(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(unitOnlyQuerySchema)) q: z.infer<typeof unitOnlyQuerySchema>,
    @Body(new ZodPipe(caseListSchema)) body: CaseInput[],
  ) {
    return this.cases.submit(
      user,
      q.unitId ?? user.unitId,
      body.map((input, i) => ({ row: i + 1, input, column: jsonColumn })),
    );
  }

  @Roles('admin', 'petition', 'politics')
  @Post('import')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    UploadErrorsInterceptor,
    FileInterceptor('file', {
      limits: { fileSize: UPLOAD_CEILING_BYTES, files: 1, fields: 5, parts: 6 },
    }),
  )
  @ApiZodResponse(casesCreatedResponse, 201)
  async import(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(unitOnlyQuerySchema)) q: z.infer<typeof unitOnlyQuerySchema>,
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

  @Roles('admin', 'petition', 'politics', 'office')
  @Get('template.xlsx')
  async template(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(unitOnlyQuerySchema)) q: z.infer<typeof unitOnlyQuerySchema>,
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

  @Roles('admin', 'petition', 'politics', 'office')
  @Get('export.xlsx')
  async export(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(unitOnlyQuerySchema)) q: z.infer<typeof unitOnlyQuerySchema>,
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

  @AnyRole()
  @Get()
  @ApiZodResponse(casePageResponse)
  list(
    @CurrentUser() user: AuthUser,
    @Query(new ZodPipe(caseQuerySchema)) q: z.infer<typeof caseQuerySchema>,
    @Req() req: Request,
  ) {
    const { reveal, ...query } = q;
    return this.cases.list(user, query, reveal, ctxOf(req));
  }

  @AnyRole()
  @Get(':id')
  @ApiZodResponse(priorityCaseResponse)
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Query(new ZodPipe(revealQuerySchema)) q: z.infer<typeof revealQuerySchema>,
    @Req() req: Request,
  ) {
    return this.cases.get(user, id, q.reveal, ctxOf(req));
  }

  /** The roles that submit cases edit them, within their unit (a case elsewhere is a 404). */
  @Roles('admin', 'petition', 'politics')
  @Patch(':id')
  @ApiZodBody(updateCaseSchema)
  @ApiZodResponse(caseUpdateResponse)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(updateCaseSchema)) body: z.infer<typeof updateCaseSchema>,
    @Req() req: Request,
  ) {
    return this.cases.update(user, id, body, ctxOf(req));
  }

  /** Hands a case to the other submitting body (政法委 ↔ 信访局): administrators, with a reason. */
  @Roles('admin')
  @Post(':id/transfer')
  @HttpCode(200)
  @ApiZodBody(transferCaseSchema)
  @ApiZodResponse(priorityCaseResponse)
  transfer(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(transferCaseSchema)) body: z.infer<typeof transferCaseSchema>,
    @Req() req: Request,
  ) {
    return this.transfers.transfer(user, id, body, ctxOf(req));
  }

  @Roles('admin', 'petition', 'politics')
  @Post(':id/hand-over')
  @HttpCode(200)
  @ApiZodBody(handOverSchema)
  @ApiZodResponse(priorityCaseResponse)
  handOver(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(handOverSchema)) body: z.infer<typeof handOverSchema>,
    @Req() req: Request,
  ) {
    return this.discipline.handOver(user, id, body, ctxOf(req));
  }

  /** 纪检 acknowledges receipt: recorded by the screening bodies or by the 纪检 leader. */
  @Roles('admin', 'petition', 'politics', 'leader')
  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiZodResponse(priorityCaseResponse)
  acknowledge(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
  ) {
    return this.discipline.acknowledge(user, id, ctxOf(req));
  }

  @Roles('admin', 'petition', 'politics')
  @Post(':id/close')
  @HttpCode(200)
  @ApiZodBody(closeCaseSchema)
  @ApiZodResponse(priorityCaseResponse)
  close(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body(new ZodPipe(closeCaseSchema)) body: z.infer<typeof closeCaseSchema>,
  ) {
    return this.cases.close(user, id, body.reason);
  }
}
