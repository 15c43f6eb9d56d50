import type { AreaTexts } from '../define';
import type { EN_CLI } from '../en/cli';

export const ZH_CN_CLI: AreaTexts<typeof EN_CLI> = {
  'cli.wait.rate-limited':
    'Particle 云要求放慢速度：将在 {seconds, number} 秒后重试“{operation}”（按 Ctrl+C 停止）。',
  'cli.wait.unanswered':
    'Particle 云未正常应答：将在 {seconds, number} 秒后重试“{operation}”（按 Ctrl+C 停止）。',
  'cli.wait.left': '… {seconds, number} 秒',
  'cli.find.name-it': '{hint} 或者指定设备：--device Photon-XXXX。',
  'cli.returns.nothing-to-do': '无需操作：{reason}',
  'cli.returns.failed': '失败：{error}',
};
