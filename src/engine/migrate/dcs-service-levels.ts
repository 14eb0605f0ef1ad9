// DCS service levels as ODCS SLA properties: availability, retention, freshness/latency and frequency with value,
// unit and element; what has no SLA property in ODCS (support, backup) is kept on the contract.
import { durationOf, record, text, type Json, type Notes } from './shared';

export function serviceLevels(levels: Json, contract: Json, notes: Notes): Json[] {
  const out: Json[] = [];
  const element = (value: unknown) => (typeof value === 'string' ? { element: value } : {});
  const availability = record(levels.availability);
  if (availability.percentage !== undefined || text(availability.description))
    out.push({
      property: 'generalAvailability',
      value: availability.percentage ?? availability.description,
      ...(text(availability.description) && availability.percentage !== undefined
        ? { description: availability.description }
        : {}),
    });
  const retention = record(levels.retention);
  if (Object.keys(retention).length > 0) {
    const d = durationOf(retention.period);
    if (d)
      out.push({
        property: 'retention',
        value: d.value,
        unit: d.unit,
        ...element(retention.timestampField),
        ...described(retention),
      });
    else if (retention.unlimited === true)
      out.push({
        property: 'retention',
        value: 'unlimited',
        ...element(retention.timestampField),
        ...described(retention),
      });
    else notes.keep(contract, 'retention', retention, 'servicelevels.retention');
  }
  for (const [name, property, field] of [
    ['freshness', 'latency', 'timestampField'],
    ['latency', 'latency', 'processedTimestampField'],
  ] as const) {
    const level = record(levels[name]);
    if (Object.keys(level).length === 0) continue;
    const d = durationOf(level.threshold);
    if (d && !out.some((s) => s.property === property)) {
      out.push({ property, value: d.value, unit: d.unit, ...element(level[field]), ...described(level) });
      // An SLA property has no customProperties: what it cannot hold is kept on the contract.
      if (name === 'latency')
        notes.keep(
          contract,
          'latencySourceTimestampField',
          level.sourceTimestampField,
          'servicelevels.latency.sourceTimestampField',
        );
    } else notes.keep(contract, name, level, `servicelevels.${name}`);
  }
  const frequency = record(levels.frequency);
  if (Object.keys(frequency).length > 0) {
    const interval = text(frequency.interval)?.toLowerCase();
    const days: Record<string, number> = { hourly: 1 / 24, daily: 1, weekly: 7, monthly: 30 };
    const cron = text(frequency.cron) ? { scheduler: 'cron', schedule: frequency.cron } : {};
    if (interval && days[interval] !== undefined)
      out.push(
        interval === 'hourly'
          ? { property: 'frequency', value: 1, unit: 'h', ...cron, ...described(frequency) }
          : { property: 'frequency', value: days[interval], unit: 'd', ...cron, ...described(frequency) },
      );
    else if (text(frequency.cron))
      out.push({
        property: 'frequency',
        value: frequency.cron,
        scheduler: 'cron',
        schedule: frequency.cron,
        ...described(frequency),
      });
    else notes.keep(contract, 'frequency', frequency, 'servicelevels.frequency');
    notes.keep(contract, 'frequencyType', frequency.type, 'servicelevels.frequency.type');
  }
  for (const name of ['support', 'backup'])
    if (levels[name] !== undefined) notes.keep(contract, name, levels[name], `servicelevels.${name}`);
  for (const [key, value] of Object.entries(levels))
    if (!['availability', 'retention', 'freshness', 'latency', 'frequency', 'support', 'backup'].includes(key))
      notes.keep(contract, key, value, `servicelevels.${key}`);
  return out;
}

const described = (level: Json): Json =>
  text(level.description) ? { description: String(level.description).trim() } : {};
