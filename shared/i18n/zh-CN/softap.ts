import type { AreaTexts } from '../define';
import type { EN_SOFTAP } from '../en/softap';

export const ZH_CN_SOFTAP: AreaTexts<typeof EN_SOFTAP> = {
  'softap.doing.version': '询问其协议版本',
  'softap.doing.device-id': '读取其设备 ID',
  'softap.doing.scan-ap': '扫描 Wi-Fi 网络',
  'softap.doing.public-key': '读取其公钥',
  'softap.doing.set': '保存认领码',
  'softap.doing.configure-ap': '保存 Wi-Fi 连接参数',
  'softap.doing.connect-ap': '通知其连接 Wi-Fi 网络',
  'softap.done.version': 'Photon 已响应。',
  'softap.done.device-id': 'Photon 已发送其设备 ID。',
  'softap.done.scan-ap': 'Photon 已列出它能看到的 Wi-Fi 网络。',
  'softap.done.public-key': 'Photon 已发送其公钥。',
  'softap.done.set': 'Photon 已保存认领码。',
  'softap.done.configure-ap': 'Photon 已保存 Wi-Fi 连接参数。',
  'softap.done.connect-ap': 'Photon 正在加入 Wi-Fi。请观察状态灯：先绿灯闪烁，随后变为青色。',
  'softap.after.seconds': '{seconds} 秒',
  'softap.after.ms': '{ms} 毫秒',
  'softap.scan-unreadable.ssid-too-long':
    '列表中有一个网络名称超过 32 字节，而 Photon 从不发送这样的名称，因此这不是 Photon 的应答。请确认这台电脑连接的是 Photon 自己的 Wi-Fi（Photon-…），而不是其他网络。',
  'softap.scan-unreadable.not-a-scan':
    '网络列表的格式与 Photon 输出的格式不符。请确认这台电脑连接的是 Photon 自己的 Wi-Fi（Photon-…），而不是其他网络。',
  'softap.scan-unreadable.cut-short':
    'Photon 发来的网络列表不完整。请重新扫描；如果问题持续出现，请手动输入该网络及其安全类型和信道。',
  'softap.error.no-public-key':
    'Photon 报告其没有公钥，因此无法加密 Wi-Fi 密码。请通过 USB 配置该设备并检查其密钥（particle keys doctor）。',
  'softap.error.claim-code-refused':
    'Photon 拒绝了认领码（代码 {code}）。请创建新的认领码，然后重试。',
  'softap.error.enterprise-refused':
    'Photon 拒绝了企业级凭据（代码 1）。请检查 EAP 方法、身份和证书。',
  'softap.error.device':
    'Photon 在{doing}时报告错误 {code}。请重试；如果问题再次出现，请将 Photon 重置为监听模式（按住 SETUP 键，直到蓝灯闪烁）。',
  'softap.probably-connected':
    'Photon 关闭了其配置网络，这是它开始加入 Wi-Fi 时的正常行为。请观察状态灯：先绿灯闪烁，随后变为青色。',
  'softap.network-not-visible':
    'Photon 看不到该 Wi-Fi 网络（代码 -2）。该网络可能已隐藏、仅支持 5 GHz（Photon 仅支持 2.4 GHz），或超出了信号范围。请靠近一些、启用 2.4 GHz，或通过 USB 配置 Photon。',
  'softap.ssid-rejected':
    'Photon 拒绝了该网络名称（代码 -3）：名称长度必须为 1 到 32 字节。请检查名称，然后重试。',
  'softap.password-length':
    'Photon 拒绝了该密码长度（代码 -4）：WPA 密码须为 8 到 63 个字符或 64 位十六进制数字；WEP 密钥须为 5 或 13 个字符。',
  'softap.key-problem':
    'Photon 无法解密密码（代码 {code}）。Photon Setup 将重新获取其密钥并重试；如果问题再次出现，请重置 Photon（其内存可能不足）。',
  'softap.rejected':
    'Photon 在{doing}时拒绝了请求（未返回任何内容）。请确认该设备运行的是 Photon 或 P1 固件且处于监听模式，然后重试。',
  'softap.timeout.connect':
    'Photon 在{doing}时未在 {after}内接受连接。请确认这台电脑仍连接着 Photon 的 Wi-Fi（Photon-…），并且 LED 蓝灯在闪烁。',
  'softap.timeout.reply':
    'Photon 在{doing}时未在 {after}内响应。请确认其蓝灯仍在闪烁，且这台电脑连接着它的 Wi-Fi，然后重试。',
  'softap.scan-stuck':
    'Photon 在扫描 Wi-Fi 的过程中停止了响应（{after}内没有任何应答）。在网络众多的环境中，其扫描可能会卡住，之后在退出监听模式之前它不会再作任何应答，因此再次询问也无济于事。请按 RESET 键，然后按住 SETUP 键直到深蓝色灯闪烁，再重新开始；使用已保存且带有信道信息的网络可跳过扫描。',
  'softap.enterprise-unsupported':
    'Photon 对 WPA Enterprise 参数未返回任何内容，低于 0.7.0 的 Device OS 正是如此：WPA Enterprise 需要 Device OS 0.7.0 或更高版本。请通过 USB 更新 Photon（particle update），或选择 WPA2 Personal 网络。',
  'softap.enterprise-unanswered':
    'Photon 未在 {after}内响应通过 HTTP 发送的 WPA Enterprise 参数。低于 0.7.0 的 Device OS 从不通过 HTTP 响应这些参数，因为 WPA Enterprise 需要 Device OS 0.7.0 或更高版本：请通过 USB 更新 Photon（particle update）。如果固件较新，请改用 TCP 发送（默认传输方式）。',
  'softap.malformed':
    'Photon 在{doing}时返回的应答不符合 Photon 的格式。请确认这台电脑连接的是 Photon 自己的 Wi-Fi，而不是其他网络。',
  'softap.http-busy': 'Photon 正忙于处理其他连接（HTTP 503）。请稍候，然后重试。',
  'softap.http-error':
    'Photon 在{doing}时返回了 HTTP {status}。请确认这台电脑连接的是 Photon 的 Wi-Fi，而不是其他网络。',
  'softap.connection.refused':
    '在{doing}时，Photon 的配置端口没有任何响应。请确认 LED 蓝灯在闪烁（监听模式），并且这台电脑连接着它的 Wi-Fi。',
  'softap.connection.unreachable':
    '在{doing}时无法连接到 Photon。请将这台电脑连接到 Photon 的 Wi-Fi（Photon-…），然后重试。',
  'softap.connection.reset':
    '在{doing}时与 Photon 的连接断开。请确认这台电脑仍连接着它的 Wi-Fi，然后重试。',
  'softap.invalid-key':
    '无法读取 Photon 的公钥，因此无法加密密码。请重试；如果问题再次出现，请通过 USB 配置 Photon。',
  'softap.password-unencryptable': '无法为 Photon 加密该密码；请检查密码长度。',
};
