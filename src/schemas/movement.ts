/** A movement (Phong trào thi đua), who launched it and the plans that carry it. */
import { z } from 'astro/zod';
import { link, type SchemaContext } from './context';
import { group, listOf, oneOf, text } from './fields';
import { publicationFields } from './publication';

/** Who launches a movement, from the top of the administration down. */
export const LAUNCHER_LEVELS = ['Thủ tướng Chính phủ', 'UBND tỉnh', 'Bộ', 'Sở', 'Trung tâm'] as const;

/** Hình thức tổ chức thi đua (Luật Thi đua, khen thưởng 2022, Điều 16). */
export const MOVEMENT_KINDS = ['Thi đua thường xuyên', 'Thi đua theo chuyên đề'] as const;

export function movementSchema(context: SchemaContext) {
  return group(
    {
      title: text('tên phong trào (title)', 'Cả nước chung sức xây dựng nông thôn mới'),
      launchedBy: group(
        {
          level: oneOf(LAUNCHER_LEVELS, 'cấp phát động (launchedBy.level)'),
          /** The body's full name where the text gives it: "UBND tỉnh Bắc Giang". */
          name: text('tên cơ quan phát động (launchedBy.name)').optional(),
        },
        'cơ quan phát động (launchedBy)',
      ),
      /** Leave out when the documents do not classify the movement. */
      kind: oneOf(MOVEMENT_KINDS, 'hình thức thi đua (kind)').optional(),
      theme: text('chủ đề (theme)').optional(),
      /** The document that launched it, as the plans cite it. */
      launchedIn: text('văn bản phát động (launchedIn)', 'Kế hoạch số 15/KH-UBND ngày 22/01/2024').optional(),
      /** A sentence on what the plans ask of it, in their words. */
      description: text('mô tả (description)').optional(),
      plans: listOf(link(context, 'plans', 'kế hoạch (plans)'), 'các kế hoạch triển khai (plans)').min(1, {
        error: 'cần ít nhất một kế hoạch triển khai phong trào trong plans',
      }),
      ...publicationFields,
    },
    'phong trào thi đua',
  );
}

export type Movement = z.output<ReturnType<typeof movementSchema>>;
