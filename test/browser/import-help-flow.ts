/**
 * Issue 19, item 4: 信访局 uploads a file with a department and a category written wrongly; the
 * errors name the closest valid ones. Then one case is entered on the page (a bad ID number
 * first, named by its field; then saved).
 */
import { idNumber, inDays } from '../fixtures/appointments/cases.js';
import * as f from '../fixtures/appointments/files.js';
import { check, type ClerkContext, shot, signIn } from './clerk-steps.js';

export async function importHelpFlow(c: ClerkContext): Promise<void> {
  c.step('import help: closest department and category named');
  const page = await signIn(c, 'petition');
  await page.goto(`${c.baseUrl}/priority-cases`);
  await page.getByRole('heading', { name: '重点约访', level: 1 }).waitFor();
  const stamp = Date.now().toString(36).toUpperCase();
  const file = f.csvUtf8([
    f.row({
      案件编号: `C19-${stamp}-1`,
      参加部门: '市住建局',
      信访人1身份证号: idNumber('440305', '19880808', 1),
    }),
    f.row({
      案件编号: `C19-${stamp}-2`,
      信访事项分类: '劳动保障',
      信访人1身份证号: idNumber('440305', '19880808', 2),
    }),
  ]);
  await page.getByLabel('案件文件（XLSX 或 CSV，按模板填写）').setInputFiles({
    name: 'cases.csv',
    mimeType: 'text/csv',
    buffer: file,
  });
  await page.getByRole('button', { name: '上传并导入' }).click();
  const table = page.locator('table.row-errors');
  await table.getByText(/本单位没有这个部门：市住建局（最接近：市住房和城乡建设局/).waitFor();
  await table.getByText(/未知的信访事项分类：劳动保障（最接近：劳动和社会保障/).waitFor();
  await table.scrollIntoViewIfNeeded();
  await shot(c, page, 'c4-import-closest');

  c.step('import help: one case entered on the page');
  await page.getByRole('button', { name: '录入单个案件…' }).click();
  const dialog = page.getByRole('dialog', { name: '录入单个案件' });
  const reference = `C19-${stamp}-P`;
  await dialog.getByLabel('案件编号').fill(reference);
  await dialog.getByLabel('信访事项分类').selectOption('劳动和社会保障');
  await dialog.getByLabel('简要案情').fill('拖欠工资，多次反映未解决');
  await dialog.getByLabel('风险等级').selectOption('orange');
  await dialog.getByLabel('涉及人数').fill('3');
  await dialog.getByLabel('信访人姓名').fill('赵六');
  const good = idNumber('440305', '19880808', 3);
  const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
  await dialog.getByLabel('信访人身份证号').fill(bad);
  await dialog.getByLabel('约访截止日期').fill(inDays(40));
  await dialog.getByLabel('市人力资源和社会保障局').check();
  await dialog.getByRole('button', { name: '录入', exact: true }).click();
  await dialog.getByText(/^信访人1身份证号：/).waitFor();
  await shot(c, page, 'c4-new-case-error');
  await dialog.getByLabel('信访人身份证号').fill(good);
  await dialog.getByRole('button', { name: '录入', exact: true }).click();
  await page.getByText(`已录入案件 ${reference}。`).waitFor();
  check(!(await dialog.isVisible()), 'the dialog closes once saved');
  await shot(c, page, 'c4-new-case-saved');
  await page.close();
}
