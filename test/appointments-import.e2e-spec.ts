import ExcelJS from 'exceljs';
import { idNumber, inDays } from './fixtures/appointments/cases.js';
import * as f from './fixtures/appointments/files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Headers = { Authorization: string };
type Expected = { row: number | null; column: string | null; message: RegExp };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const binary = (res: unknown, cb: (err: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('priority cases: file import', () => {
  let t: TestApp;
  let petition: Headers;

  beforeAll(async () => {
    // Small limits keep the oversized and too-many-rows files small.
    t = await startTestApp({ env: { IMPORT_MAX_BYTES: '400000', IMPORT_MAX_ROWS: '40' } });
    petition = await t.auth('petition');
  });
  afterAll(() => t.close());

  const count = async () =>
    (
      await t.dataSource.query(
        'SELECT (SELECT count(*) FROM priority_case) + (SELECT count(*) FROM case_petitioner) AS n',
      )
    )[0].n as string;
  const upload = (file: Buffer, name: string) =>
    t.http.post('/api/v1/priority-cases/import').set(petition).attach('file', file, name);

  it('serves a template whose headers import back', async () => {
    const res = await t.http
      .get('/api/v1/priority-cases/template.xlsx')
      .set(petition)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['重点约访案件', '填写说明']);
    const header = (wb.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header).toEqual(f.HEADERS);
    expect(wb.worksheets[0].getColumn(header.indexOf('信访人1身份证号') + 1).numFmt).toBe('@');
    // Fill the template itself and import it.
    const ws = wb.worksheets[0];
    const r = f.row({
      约访截止日期: new Date(`${inDays(30)}T00:00:00Z`),
      越级访: '是',
      原包案领导: 'L12',
      参加部门: '市住房和城乡建设局、市自然资源和规划局',
    });
    ws.addRow(f.HEADERS.map((h) => r[h] ?? null));
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const up = await upload(filled, 'filled.xlsx').expect(201);
    expect(up.body.created).toBe(1);
    const [c] = await t.dataSource.query(
      'SELECT flags, department_ids, receive_before::text FROM priority_case WHERE id = $1',
      [up.body.cases[0].id],
    );
    expect(c.flags.crossLevel).toBe(true);
    expect(c.department_ids).toHaveLength(2);
    expect(c.receive_before).toBe(inDays(30));
  });

  it('lists the valid categories and departments in 填写说明, with drop-downs that read them', async () => {
    const res = await t.http
      .get('/api/v1/priority-cases/template.xlsx')
      .set(petition)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const help = wb.getWorksheet('填写说明')!;
    const column = (n: number) =>
      (help.getColumn(n).values as unknown[]).slice(1).filter((v) => typeof v === 'string');
    expect(column(5)[0]).toBe('可填写的信访事项分类（现行）');
    expect(column(5)).toContain('劳动和社会保障');
    expect(column(5)).not.toContain('纪检监察');
    expect(column(6)[0]).toBe('本单位可填写的参加部门');
    expect(column(6)).toContain('市住房和城乡建设局');
    expect(column(7)).toContain('劳动社保');
    const data = wb.worksheets[0];
    const letter = (header: string) => data.getColumn(f.HEADERS.indexOf(header) + 1).letter;
    const subject = data.getCell(`${letter('信访事项分类')}2`).dataValidation;
    expect(subject).toMatchObject({ type: 'list' });
    expect(subject.formulae?.[0]).toMatch(/填写说明'?!\$E\$2:\$E\$\d+/);
    const dep = data.getCell(`${letter('参加部门')}500`).dataValidation;
    expect(dep.formulae?.[0]).toMatch(/填写说明'?!\$F\$2:\$F\$\d+/);
  });

  it('names the closest department and category when one is unknown', async () => {
    const res = await upload(
      f.csvUtf8([f.row({ 参加部门: '市住建局' }), f.row({ 信访事项分类: '劳动保障' })]),
      'near.csv',
    ).expect(422);
    const messages = (res.body.errors as Array<{ message: string }>).map((e) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /本单位没有这个部门：市住建局（最接近：市住房和城乡建设局.*）；本单位的 \d+ 个部门见导入模板“填写说明”/,
      ),
      expect.stringMatching(/未知的信访事项分类：劳动保障（最接近：劳动和社会保障/),
    ]);
  });

  it.each([
    ['UTF-8', f.csvUtf8],
    ['UTF-8 with BOM', f.csvUtf8Bom],
    ['GBK (Chinese Excel)', f.csvGbk],
  ])('imports CSV in %s', async (_name, encode) => {
    const rows = [
      f.row({ 信访事项分类: '国土资源', 简要案情: '征地补偿' }),
      f.row({ 风险等级: '红' }),
    ];
    const res = await upload(encode(rows), 'cases.csv').expect(201);
    expect(res.body.created).toBe(2);
    const [c] = await t.dataSource.query(
      'SELECT subject_code, summary FROM priority_case WHERE reference = $1',
      [rows[0]['案件编号']],
    );
    expect(c).toEqual({ subject_code: 'natural_resources', summary: '征地补偿' });
  });

  const past = inDays(-1);
  const rows3 = () => [f.row(), f.row(), f.row()];
  const badFiles: Array<[string, () => Buffer | Promise<Buffer>, string, Expected]> = [
    [
      'zip bomb (300 MB declared)',
      f.declaredBomb,
      'bomb.xlsx',
      { row: null, column: null, message: /压缩炸弹/ },
    ],
    [
      'zip bomb lying about its sizes',
      f.lyingBomb,
      'bomb.xlsx',
      { row: null, column: null, message: /压缩炸弹|实际大小/ },
    ],
    [
      'zip with thousands of entries',
      f.manyEntries,
      'many.xlsx',
      { row: null, column: null, message: /部件.*上限/ },
    ],
    [
      'zip that is not a workbook',
      f.zipWithoutWorkbook,
      'doc.xlsx',
      { row: null, column: null, message: /不是 Excel 工作簿/ },
    ],
    [
      'truncated xlsx',
      async () => (await f.xlsx(rows3())).subarray(0, 3000),
      'cut.xlsx',
      { row: null, column: null, message: /ZIP 结构损坏|无法读取/ },
    ],
    [
      'old .xls',
      () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(600),
        ]),
      'old.xls',
      { row: null, column: null, message: /不支持 \.xls/ },
    ],
    [
      'binary garbage',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'x.csv',
      { row: null, column: null, message: /二进制/ },
    ],
    [
      'empty file',
      () => Buffer.alloc(0),
      'empty.csv',
      { row: null, column: null, message: /文件为空/ },
    ],
    [
      'header only',
      () => f.csvUtf8([]),
      'header.csv',
      { row: null, column: null, message: /没有数据行/ },
    ],
    [
      'UTF-8 BOM with invalid bytes',
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), f.csvGbk(rows3())]),
      'bom.csv',
      { row: null, column: null, message: /不是有效的 UTF-8/ },
    ],
    [
      'wrong encoding (Big5)',
      () => f.csvBig5(rows3()),
      'big5.csv',
      { row: 1, column: expect.any(String) as unknown as string, message: /未知的列|缺少必需的列/ },
    ],
    [
      'missing column',
      () =>
        f.csvUtf8(
          rows3(),
          f.HEADERS.filter((h) => h !== '信访人1身份证号'),
        ),
      'm.csv',
      { row: 1, column: '信访人1身份证号', message: /缺少必需的列/ },
    ],
    [
      'unknown column',
      () => f.csvUtf8(rows3(), [...f.HEADERS, '备注栏']),
      'u.csv',
      { row: 1, column: '备注栏', message: /未知的列/ },
    ],
    [
      'duplicate column',
      () => f.csvUtf8(rows3(), [...f.HEADERS, '风险等级']),
      'd.csv',
      { row: 1, column: '风险等级', message: /重复/ },
    ],
    [
      'unknown category',
      () => f.csvUtf8([f.row(), f.row({ 信访事项分类: '外星事务' })]),
      'c.csv',
      { row: 3, column: '信访事项分类', message: /未知的信访事项分类/ },
    ],
    [
      'bad date',
      () => f.csvUtf8([f.row({ 约访截止日期: '2027-13-45' })]),
      'c.csv',
      { row: 2, column: '约访截止日期', message: /不是有效日期/ },
    ],
    [
      'deadline in the past',
      () => f.csvUtf8([f.row({ 约访截止日期: past })]),
      'c.csv',
      { row: 2, column: '约访截止日期', message: /已过/ },
    ],
    [
      'duplicate row',
      () => {
        const a = f.row();
        return f.csvUtf8([a, f.row({ 信访人1身份证号: a['信访人1身份证号'] })]);
      },
      'c.csv',
      { row: 3, column: '信访人1身份证号', message: /与第 2 行重复/ },
    ],
    [
      'wrong ID checksum',
      () =>
        f.csvUtf8([
          f.row({
            信访人1身份证号: idNumber().slice(0, 17) + (idNumber().endsWith('0') ? '1' : '0'),
          }),
        ]),
      'c.csv',
      { row: 2, column: '信访人1身份证号', message: /校验位/ },
    ],
    [
      'ID number as Excel text 1.10105E+17',
      () => f.csvUtf8([f.row({ 信访人1身份证号: '1.10105E+17' })]),
      'c.csv',
      { row: 2, column: '信访人1身份证号', message: /科学计数法/ },
    ],
    [
      'ID number stored as a number in xlsx',
      () => f.xlsx([f.row({ 信访人1身份证号: Number('110105198001011234') })]),
      'n.xlsx',
      { row: 2, column: '信访人1身份证号', message: /存成了数字/ },
    ],
    [
      'phone malformed',
      () => f.csvUtf8([f.row({ 信访人1电话: '1381234' })]),
      'c.csv',
      { row: 2, column: '信访人1电话', message: /电话格式/ },
    ],
    [
      'group size 0',
      () => f.csvUtf8([f.row({ 涉及人数: 0 })]),
      'c.csv',
      { row: 2, column: '涉及人数', message: /至少为 1/ },
    ],
    [
      'group size not a number',
      () => f.csvUtf8([f.row({ 涉及人数: '三十' })]),
      'c.csv',
      { row: 2, column: '涉及人数', message: /整数/ },
    ],
    [
      'flag neither yes nor no',
      () => f.csvUtf8([f.row({ 扬言: '也许' })]),
      'c.csv',
      { row: 2, column: '扬言', message: /是 或 否/ },
    ],
    [
      'risk level unknown',
      () => f.csvUtf8([f.row({ 风险等级: '紫' })]),
      'c.csv',
      { row: 2, column: '风险等级', message: /红、橙、黄/ },
    ],
    [
      'unbalanced quotes',
      () => Buffer.from(f.csvText([f.row()]) + '"F-x,城乡建设\r\n'),
      'q.csv',
      { row: expect.any(Number) as unknown as number, column: null, message: /引号/ },
    ],
    [
      'content beyond the headers',
      () => Buffer.from(f.csvText([f.row()]).replace(/\r\n$/, ',多余\r\n')),
      'c.csv',
      { row: 2, column: expect.any(String) as unknown as string, message: /没有列标题/ },
    ],
    [
      'formula cell',
      () => f.xlsx([f.row(), f.row({ 简要案情: { formula: 'A2&"x"', result: 'x' } })]),
      'fx.xlsx',
      { row: 3, column: '简要案情', message: /含公式/ },
    ],
    [
      'merged cells',
      () => f.xlsx([f.row(), f.row()], { decorate: (ws) => ws.mergeCells('D2:D3') }),
      'm.xlsx',
      { row: 2, column: '信访事项分类', message: /合并单元格/ },
    ],
    [
      'extra sheet',
      () => f.xlsx([f.row()], { extraSheet: true }),
      'x.xlsx',
      { row: null, column: null, message: /多余的工作表「Sheet2」/ },
    ],
    [
      'too many rows',
      () => f.csvUtf8(Array.from({ length: 41 }, () => f.row())),
      'big.csv',
      { row: null, column: null, message: /行数 41 超过上限 40/ },
    ],
    [
      'oversized file',
      () => Buffer.concat([f.csvUtf8([f.row()]), Buffer.from('\r\n'.repeat(220000))]),
      'huge.csv',
      { row: null, column: null, message: /超过上限 400000 字节/ },
    ],
  ];

  it('has at least 20 kinds of bad file', () => expect(badFiles.length).toBeGreaterThanOrEqual(20));

  it.each(badFiles)(
    'rejects %s with row and column, writing nothing',
    async (_name, make, name, expected) => {
      const before = await count();
      const res = await upload(await make(), name);
      expect([413, 422]).toContain(res.status);
      expect(res.body.errors).toContainEqual({
        row: expected.row,
        column: expected.column,
        message: expect.stringMatching(expected.message),
      });
      expect(await count()).toBe(before);
    },
  );

  it('keeps serving after a bomb and parses off the main thread', async () => {
    const bomb = upload(f.declaredBomb(), 'bomb.xlsx');
    const liar = upload(f.lyingBomb(), 'bomb2.xlsx');
    await t.http.get('/healthz').expect(200);
    expect((await bomb).status).toBe(422);
    expect((await liar).status).toBe(422);
    await upload(f.csvUtf8([f.row()]), 'ok.csv').expect(201);
  });

  it('reports every error of a file at once, and writes none of its good rows', async () => {
    const before = await count();
    const res = await upload(
      f.csvUtf8([
        f.row(),
        f.row({ 风险等级: '紫' }),
        f.row(),
        f.row({ 涉及人数: 0, 信访人1电话: '1' }),
      ]),
      'mixed.csv',
    ).expect(422);
    expect(res.body.errors).toEqual([
      { row: 3, column: '风险等级', message: expect.any(String) },
      { row: 5, column: '涉及人数', message: expect.any(String) },
      { row: 5, column: '信访人1电话', message: expect.any(String) },
    ]);
    expect(await count()).toBe(before);
  });

  it('reports a duplicate of an existing case', async () => {
    const r = f.row();
    await upload(f.csvUtf8([r]), 'one.csv').expect(201);
    const res = await upload(
      f.csvUtf8([f.row({ 信访人1身份证号: r['信访人1身份证号'] })]),
      'two.csv',
    ).expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: '信访人1身份证号',
        message: expect.stringMatching(new RegExp(`已有案件 ${String(r['案件编号'])}`)),
      },
    ]);
  });

  it('asks for a file when none is sent, and refuses other roles', async () => {
    const res = await t.http.post('/api/v1/priority-cases/import').set(petition).send({});
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/file/);
    await t.http
      .post('/api/v1/priority-cases/import')
      .set(await t.auth('office'))
      .attach('file', f.csvUtf8([f.row()]), 'c.csv')
      .expect(403);
  });

  it('neutralises cells starting with = + - @ when exporting them again', async () => {
    const rows = [
      f.row({ 简要案情: '=HYPERLINK("http://evil.example","点我")' }),
      f.row({ 简要案情: '@SUM(1)', 批次: '+1' }),
      f.row({ 简要案情: '-2+3' }),
    ];
    await upload(f.csvUtf8(rows), 'inj.csv').expect(201);
    const res = await t.http
      .get('/api/v1/priority-cases/export.xlsx')
      .set(petition)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const values = new Map<string, unknown[]>();
    wb.worksheets[0].eachRow((r) => {
      const v = r.values as unknown[];
      values.set(String(v[1]), v);
    });
    const summary = (ref: unknown) => values.get(String(ref))![4];
    expect(summary(rows[0]['案件编号'])).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(summary(rows[1]['案件编号'])).toBe(`'@SUM(1)`);
    expect(values.get(String(rows[1]['案件编号']))![2]).toBe(`'+1`);
    expect(summary(rows[2]['案件编号'])).toBe(`'-2+3`);
    // No cell of the export is a formula.
    wb.worksheets[0].eachRow((r) =>
      r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });
});
