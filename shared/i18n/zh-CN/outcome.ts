import type { AreaTexts } from '../define';
import type { EN_OUTCOME } from '../en/outcome';

export const ZH_CN_OUTCOME: AreaTexts<typeof EN_OUTCOME> = {
  'outcome.success.title': '在线并已认领',
  'outcome.online-not-claimed.title': '在线，但未认领',
  'outcome.configured-not-online.title': '已配置，但未检测到在线',
  'outcome.credentials-rejected.title': 'Wi-Fi 密码未被接受',
  'outcome.network-not-visible.title': '设备看不到该网络',
  'outcome.configure-rejected.title': '设备拒绝了 Wi-Fi 参数',
  'outcome.lost-device.title': '与设备失去联系',
  'outcome.scan-stuck.title': '设备的 Wi-Fi 扫描卡住了',
  'outcome.host-wifi-problem.title': '这台电脑无法使用设备的网络',
  'outcome.cloud-error.title': 'Particle 云报告了问题',
  'outcome.wifi-not-restored.title': '请重新加入您的 Wi-Fi',
  'outcome.label-mismatch.title': '该标签不属于这台 Photon',
  'outcome.identity-not-confirmed.title': '未确认是手中的设备',
  'outcome.cancelled.title': '已取消',
  'outcome.interrupted.title': '已中断',
  'outcome.success.sentence': '设备 {deviceId} 已在线，归属于 {owner}。',
  'outcome.owner.customer': '客户 {email}',
  'outcome.online-not-claimed.sentence.owned-by-other':
    '设备 {deviceId} 已在线，但属于另一个账户。请先将其释放（“退回设备”），然后重新配置。',
  'outcome.online-not-claimed.sentence':
    '设备 {deviceId} 已在线，但云端未接受其认领码（已过期或已被使用）。请重新配置，以发送新的认领码。',
  'outcome.configured-not-online.sentence':
    '设备 {deviceId} 已接收 Wi-Fi 参数，但未在 {seconds} 秒内上线。请查看其 LED：颜色可表明它停在了哪一步。',
  'outcome.credentials-rejected.sentence':
    '设备 {deviceId} 无法加入“{ssid}”，已返回监听模式。请检查密码和安全类型，然后重试。',
  'outcome.network-not-visible.sentence':
    'Photon 看不到“{ssid}”。它只能看到 2.4 GHz 网络；隐藏网络和超出范围的网络也会失败。请选择其他网络，或靠近一些。',
  'outcome.lost-device.sentence':
    '在{phase}时，设备停止了响应。请检查其深蓝灯是否仍在闪烁、设备是否靠近这台电脑，然后重试。',
  'outcome.scan-stuck.sentence':
    'Photon 在 Wi-Fi 扫描过程中停止了响应，这在网络众多的场所时有发生；在退出监听模式之前它会一直卡住，因此直接重试无济于事。请按 RESET，然后按住 SETUP 直到深蓝灯闪烁，再重新配置。使用带有信道信息的已保存网络可跳过扫描。',
  'outcome.cloud-error.sentence': '{problem}（发生在{phase}时）。',
  'outcome.wifi-not-restored.sentence':
    'Photon Setup 无法让这台电脑重新连接到“{network}”。请从系统 Wi-Fi 菜单中加入该网络，然后在历史记录中查看该设备的结果。',
  'outcome.label-mismatch.sentence':
    '标签上为 {labelId}，而这台 Photon 是 {deviceId}。两台设备均未被认领或导入。请扫描手中设备的标签，或将这台设备放到一边。',
  'outcome.identity-not-confirmed.sentence.denied':
    '设备 {deviceId} 已在线并已认领，但操作员表示手中的设备并非正在闪烁彩虹色的那台。请在发货前找到青色呼吸的那台设备，并核对其标签。',
  'outcome.identity-not-confirmed.sentence.no-answer':
    '设备 {deviceId} 已在线并已认领，但没有人及时确认手中的设备闪烁了彩虹色。请在发货前找到青色呼吸的那台设备，并核对其标签。',
  'outcome.identity-not-confirmed.sentence.signal-failed':
    '设备 {deviceId} 已在线并已认领，但云端无法让它闪烁彩虹色以供核对。请在发货前找到青色呼吸的那台设备，并核对其标签。',
  'outcome.cancelled.sentence': '配置在{phase}时被取消。不会再向设备发送任何内容。',
  'outcome.interrupted.sentence':
    'Photon Setup 在{phase}时停止运行，并在重新启动时恢复了这台电脑的 Wi-Fi。请重新配置该设备。',
  'outcome.interrupted.sentence.device':
    'Photon Setup 在{phase}时（设备 {deviceId}）停止运行，并在重新启动时恢复了这台电脑的 Wi-Fi。请重新配置该设备。',
  'outcome.wifi-not-restored.sentence.unnamed':
    'Photon Setup 无法让这台电脑重新连接到您常用的 Wi-Fi 网络。请从系统 Wi-Fi 菜单中加入该网络，然后在历史记录中查看该设备的结果。',
};
