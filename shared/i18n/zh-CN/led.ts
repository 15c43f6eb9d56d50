import type { AreaTexts } from '../define';
import type { EN_LED } from '../en/led';

export const ZH_CN_LED: AreaTexts<typeof EN_LED> = {
  'led.listening.label': '深蓝灯闪烁',
  'led.listening.meaning': '监听模式：Photon 提供其 Photon-… 网络，等待配置。',
  'led.listening.advice':
    '配置从这里开始。如果 LED 显示其他状态，请按住 SETUP 约 3 秒，直到深蓝灯闪烁。',
  'led.wifi-joining.label': '绿灯闪烁',
  'led.wifi-joining.meaning': 'Photon 正在加入为其指定的 Wi-Fi 网络。',
  'led.wifi-joining.advice':
    '通常只需几秒。如果绿灯闪烁超过一分钟，说明无法加入：请检查网络名称、密码，以及该网络是否为 2.4 GHz。',
  'led.dhcp.label': '绿灯快速闪烁',
  'led.dhcp.meaning': '已加入网络；正在向路由器请求地址（DHCP）。',
  'led.dhcp.advice':
    '如果一直停留在此状态，说明路由器没有为其分配地址：请检查 DHCP 地址池、MAC 地址过滤或强制门户（captive portal）。',
  'led.wifi-connected.label': '绿色呼吸',
  'led.wifi-connected.meaning': '已连接 Wi-Fi，但未连接到 Particle 云。',
  'led.wifi-connected.advice':
    'DHCP 之后短暂出现属正常现象。如果持续不变，说明固件未开启云连接（手动模式或阻塞代码）：请重新刷写 Tinker 或产品固件。',
  'led.cloud-connecting.label': '青色闪烁',
  'led.cloud-connecting.meaning': '已连接 Wi-Fi 并获得地址；正在连接 Particle 云。',
  'led.cloud-connecting.advice':
    '通常只需几秒。如果持续不变，说明网络阻止了云连接（出站 UDP/TCP 5683 和 443）：请联系网络管理员。',
  'led.cloud-handshake.label': '青色快速闪烁',
  'led.cloud-handshake.meaning': '已连接到云端；正在交换密钥（握手）。',
  'led.cloud-handshake.advice': '需要一两秒。此时若出现橙色或红色闪烁，表示密钥或服务器有问题。',
  'led.connected.label': '青色呼吸',
  'led.connected.meaning': '在线：已连接到 Particle 云。',
  'led.connected.advice': '已完成。设备已连接 Wi-Fi，可通过云端访问。',
  'led.ota-update.label': '品红色闪烁',
  'led.ota-update.meaning': '正在通过无线方式（OTA）接收固件更新。',
  'led.ota-update.advice':
    '首次连接时属正常现象。请保持通电；设备会重新启动，随后恢复青色呼吸。可能需要几分钟。',
  'led.clearing-credentials.label': '蓝灯快速闪烁',
  'led.clearing-credentials.meaning': '正在清除已存储的 Wi-Fi 凭据（按住 SETUP 约 10 秒）。',
  'led.clearing-credentials.advice':
    '开始快速闪烁后即可松开 SETUP；设备会回到深蓝灯闪烁状态，且不再存储任何网络。',
  'led.wifi-idle.label': '深蓝色呼吸',
  'led.wifi-idle.meaning': 'Wi-Fi 模块已开启，但未连接到任何网络。',
  'led.wifi-idle.advice':
    '请让设备重新进入监听模式（按住 SETUP 直到深蓝灯闪烁），然后重新运行配置。',
  'led.cloud-unreachable-no-internet.label': '青色闪烁，伴有 2 次红色/橙色闪烁',
  'led.cloud-unreachable-no-internet.meaning': '已连接 Wi-Fi，但该网络无法访问互联网。',
  'led.cloud-unreachable-no-internet.advice':
    '请检查此 Wi-Fi 网络能否访问互联网（可用笔记本电脑测试）。',
  'led.cloud-unreachable.label': '青色闪烁，伴有 3 次橙色闪烁',
  'led.cloud-unreachable.meaning': '互联网正常，但无法连接 Particle 云（或服务器密钥有误）。',
  'led.cloud-unreachable.advice':
    '防火墙可能阻止了 Particle 云。如果网络正常，可能需要修复设备密钥（particle keys doctor）。',
  'led.key-error.label': '青色，伴有 1 次橙色闪烁',
  'led.key-error.meaning': '云端握手解密失败：密钥有问题。',
  'led.key-error.advice': '通过 USB 使用 Particle CLI 修复设备密钥（particle keys doctor）。',
  'led.auth-error.label': '青色，伴有 1 次品红色闪烁',
  'led.auth-error.meaning': '云端拒绝了该设备（身份验证错误）。',
  'led.auth-error.advice':
    '修复设备密钥（particle keys doctor），或提供设备 ID 联系 Particle 技术支持。',
  'led.handshake-error.label': '青色，伴有 1 次红色闪烁',
  'led.handshake-error.meaning': '云端握手期间发生一般性错误。',
  'led.handshake-error.advice':
    '请将设备断电重启。如果问题反复出现，请通过 USB 修复密钥或更新 Device OS。',
  'led.firmware-crash.label': '红色 SOS 闪烁',
  'led.firmware-crash.meaning': '固件崩溃（SOS 之后的闪烁次数表示原因；8 次表示内存不足）。',
  'led.firmware-crash.advice': '通过 USB 刷写已知可用的固件，然后重新运行配置。',
  'led.safe-mode.label': '品红色呼吸',
  'led.safe-mode.meaning': '安全模式：设备在线，但用户固件未运行。',
  'led.safe-mode.advice': '设备可以访问；刷写应用固件即可退出安全模式。',
  'led.off.label': '熄灭',
  'led.off.meaning': '未通电，或 LED 被固件关闭。',
  'led.off.advice': '请检查 USB 线缆和电源。',
};
