import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/contract';
import { stationUnitEvents } from '../../../electron/core/provisioning/station-unit-events';

describe('a station unit’s events', () => {
  it('mark every run.* payload as the station’s and pass the rest unchanged', () => {
    const seen: Array<[EventName, unknown]> = [];
    const events = stationUnitEvents({
      emit: (event, payload) => void seen.push([event, payload]),
    });
    events.emit('run.led', {
      runId: 'u1',
      led: { state: 'listening', source: 'inferred', basis: 'ap-visible' },
    } as never);
    events.emit('run.networks', { runId: 'u1', networks: [] });
    events.emit('station.changed', { marker: 1 } as never);
    expect(seen[0]?.[1]).toMatchObject({ runId: 'u1', origin: 'station' });
    expect(seen[1]?.[1]).toEqual({ runId: 'u1', networks: [], origin: 'station' });
    expect(seen[2]?.[1]).toEqual({ marker: 1 });
  });
});
