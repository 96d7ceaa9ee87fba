// GET /clock, POST /clock/advance { ms | seconds | days }, POST /clock/set { instant }.
import { Router } from 'express';
import type { SandboxClock } from '../contracts.js';
import { parseClockAdvance, parseClockSet } from './bodies.js';

export interface ClockView {
  now: string;
  today: string;
  nowMs: number;
}

export function clockView(clock: SandboxClock): ClockView {
  return { now: clock.now().toISOString(), today: clock.today(), nowMs: clock.nowMs() };
}

export function clockRoutes(clock: SandboxClock): Router {
  const router = Router();
  router.get('/clock', (_req, res) => {
    res.json(clockView(clock));
  });
  router.post('/clock/advance', (req, res) => {
    clock.advance(parseClockAdvance(req.body));
    res.json(clockView(clock));
  });
  router.post('/clock/set', (req, res) => {
    clock.set(parseClockSet(req.body));
    res.json(clockView(clock));
  });
  return router;
}
