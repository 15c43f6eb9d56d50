import type { AreaTexts } from '../define';
import type { EN_SYSTEM } from '../en/system';

export const ZH_CN_SYSTEM: AreaTexts<typeof EN_SYSTEM> = {
  'system.replay.label': '之前的会话',
  'system.replay.a-photon': '一台 Photon',
  'system.replay.corrupt': '已删除之前会话遗留的一份损坏的 Wi-Fi 恢复记录；未做任何更改。',
  'system.replay.corrupt.fix': '如果这台电脑未连接到常用的 Wi-Fi，请从系统 Wi-Fi 菜单加入。',
  'system.replay.deferred':
    'Photon Setup 在之前的一次配置中途停止（当时连接在 {photon} 上），但另一个 Photon Setup 正在使用这台电脑的 Wi-Fi，因此未做任何更改；该次配置已在历史记录中记为“已中断”。Wi-Fi 将在本程序下一次配置之前或下次启动时恢复。',
  'system.replay.cleaned':
    'Photon Setup 在之前的一次配置中途停止（当时连接在 {photon} 上）。这台电脑当时已回到自己的网络，因此只删除了临时的 Photon 网络；该次配置已在历史记录中记为“已中断”。',
  'system.replay.restored':
    'Photon Setup 在这台电脑连接着 {photon} 时停止；本次启动时已恢复 Wi-Fi。该次配置已在历史记录中记为“已中断”。',
  'system.replay.restored.named':
    'Photon Setup 在这台电脑连接着 {photon} 时停止；本次启动时已将 Wi-Fi 恢复到 {network}。该次配置已在历史记录中记为“已中断”。',
  'system.replay.failed': 'Photon Setup 在这台电脑连接着 {photon} 时停止，且未能恢复 Wi-Fi。',
  'system.tool.nmcli.missing':
    '请安装 NetworkManager（例如 `sudo apt install network-manager`），并让它管理 Wi-Fi 适配器。',
  'system.tool.nmcli.broken':
    '请启动 NetworkManager（`sudo systemctl start NetworkManager`），并确认 `nmcli --version` 能在终端中正常运行。',
  'system.tool.netsh.missing':
    'netsh 是 Windows 的组成部分；请确认 C:\\Windows\\System32 在 PATH 中。',
  'system.tool.netsh.broken':
    '请启动“WLAN AutoConfig”服务（services.msc），并确保已启用 Wi-Fi 适配器。',
  'system.tool.networksetup.missing':
    'networksetup 是 macOS 的组成部分；请确认 /usr/sbin 在 PATH 中。',
  'system.tool.networksetup.broken':
    '请在“终端”中运行 `networksetup -listallhardwareports`，并修复其报告的问题。',
  'system.os.label': '操作系统',
  'system.os.unsupported': '不支持 {os} {release}。',
  'system.os.fix': '请在 Windows、macOS 或 Linux 上使用 Photon Setup。',
  'system.os.detail': '{os} {release}（{arch}）',
  'system.simulation.label': '模拟',
  'system.simulation.detail':
    '设备、Particle 云和这台电脑的 Wi-Fi 均在这台电脑上模拟，不会连接任何真实对象。',
  'system.tool.label': 'Wi-Fi 控制',
  'system.tool.real.none': '此操作系统上没有受支持的工具',
  'system.tool.real.works': '{tool} 可用',
  'system.tool.real.not-found': '未找到 {tool}',
  'system.tool.real.broken': '{tool} 无法运行',
  'system.tool.simulated': '模拟的 Wi-Fi 会加入模拟的 Photon（真实主机：{real}；此处无需使用）。',
  'system.tool.unknown-os': '没有适用于此操作系统的已知 Wi-Fi 工具。',
  'system.tool.missing': '未找到 {tool}，因此 Photon Setup 无法加入 Photon 的 Wi-Fi。',
  'system.tool.broken': '在 {path} 找到了 {tool}，但它未能成功运行。',
  'system.tool.ready': '{tool} 已就绪。',
  'system.tool.ready.version': '{tool} 已就绪（{version}）。',
  'system.backends.label': 'Wi-Fi 操作',
  'system.backends.simulated': '所有 Wi-Fi 操作（扫描、加入、重新加入、忘记网络）均使用模拟后端。',
  'system.backends.detail': '{toolLines}',
  'system.backends.one': '{backend}：{operations}',
  'system.operation.interfaces': '查找 Wi-Fi 网卡',
  'system.operation.scan': '扫描',
  'system.operation.current': '读取当前网络',
  'system.operation.join': '加入',
  'system.operation.associated': '检查连接',
  'system.operation.rejoin': '重新加入',
  'system.operation.forget': '忘记',
  'system.operation.reconnect': '重新连接',
  'system.ssids.label': '网络名称',
  'system.ssids.readable': '可以读取网络名称，因此会自动找到 Photon-… 网络。',
  'system.location.ask': '请求 macOS 授予定位服务权限',
  'system.location.open-mac': '打开“定位服务”设置',
  'system.location.open-settings': '打开定位服务设置',
  'system.location.hidden': '在获准使用定位服务之前，系统会向 Photon Setup 隐藏 Wi-Fi 网络名称。',
  'system.location.denied':
    '在获准使用定位服务之前，系统会向 Photon Setup 隐藏 Wi-Fi 网络名称。Photon Setup 的定位服务权限已被关闭。',
  'system.location.restricted':
    '在获准使用定位服务之前，系统会向 Photon Setup 隐藏 Wi-Fi 网络名称。设备策略不允许 Photon Setup 使用定位服务；请联系您的管理员。',
  'system.location.mac-will-ask':
    '在获准使用定位服务之前，系统会向 Photon Setup 隐藏 Wi-Fi 网络名称。macOS 会询问一次；请选择“允许”。',
  'system.ssids.needs-location.fix':
    '请允许 Photon Setup 使用定位服务，或自行从系统菜单加入 Photon-… 网络。',
  'system.ssids.no': '此系统不允许 Photon Setup 读取 Wi-Fi 网络名称。',
  'system.ssids.no.fix': '请自行从系统 Wi-Fi 菜单加入 Photon-… 网络，然后继续。',
  'system.ssids.unknown': '无法检查 Wi-Fi 网络名称是否可读。',
  'system.ssids.unknown.fix': '如果未找到 Photon，请自行从系统 Wi-Fi 菜单加入其网络。',
};
