// Who did a recorded run or action, as History and the shift report show it: operator and
// station as they were typed at the time, or a dash when neither was set.
export const recordWho = (record: { operator: string; station: string }): string =>
  [record.operator, record.station].filter((part) => part !== '').join(' · ') || '—';
