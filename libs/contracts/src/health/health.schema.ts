import { z } from 'zod';

export const serviceStateSchema = z.enum(['up', 'down']);

/** `GET /api/health`: 200 when every dependency answers, 503 naming the one that does not. */
export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: serviceStateSchema,
  redis: serviceStateSchema,
});

export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type ServiceState = z.infer<typeof serviceStateSchema>;

export function summariseHealth(db: ServiceState, redis: ServiceState): HealthResponse {
  return { status: db === 'up' && redis === 'up' ? 'ok' : 'degraded', db, redis };
}
