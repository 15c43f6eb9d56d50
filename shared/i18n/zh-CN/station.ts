import type { AreaTexts } from '../define';
import type { EN_STATION } from '../en/station';

export const ZH_CN_STATION: AreaTexts<typeof EN_STATION> = {
  'station.no-question': '当前没有设备在等待该答复。',
  'station.already-running': '工位已在运行。',
  'station.still-stopping': '工位仍在处理已开始的设备。请稍候，然后重新启动工位。',
  'station.no-wifi': '工位模式需要 Photon Setup 切换这台电脑的 Wi-Fi，但此处无法做到。',
  'station.no-profile': '该已保存的网络已不存在。请选择其他网络，或重新保存。',
  'station.loop-stopped': '工位意外停止。请重新启动工位。',
  'station.label-invalid': '{problem}请扫描标签上的设备 ID 码（24 个字符，0-9 和 a-f）。',
  'station.busy': '仍有设备正在配置或检查中。请在它们完成后再开始新的班次。',
  'station.unit-not-started': '无法开始下一台设备。请重新启动工位。',
  'station.checking-after-restart': '重启后正在重新检查。',
  'station.activity.carried-over':
    '重启前的 {count, plural, one {# 台设备} other {# 台设备}}将在工位启动时通过云端进行检查。',
  'station.activity.stopped': '工位已停止。',
  'station.activity.stopping': '正在停止：正在完成已配置设备的检查。',
  'station.activity.a-unit': '一台设备',
  'station.activity.setting-up': '正在配置 {unit}。',
  'station.activity.setting-up-label': '正在配置 {unit}（标签 {label}）。',
  'station.activity.scan-label': '请扫描下一台设备的标签。',
  'station.activity.waiting': '正在等待下一台处于监听模式（深蓝色灯闪烁）的 Photon。',
  'station.activity.waiting-label': '已扫描标签 {label}：正在等待其对应的 Photon 进入监听模式。',
};
