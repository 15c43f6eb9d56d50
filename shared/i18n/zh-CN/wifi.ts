import type { AreaTexts } from '../define';
import type { EN_WIFI } from '../en/wifi';

export const ZH_CN_WIFI: AreaTexts<typeof EN_WIFI> = {
  'wifi.session.cap': 'Wi-Fi 步骤耗时超过 {seconds} 秒，已停止。',
  'wifi.preflight.checking': '正在检查这台电脑的 Wi-Fi。',
  'wifi.preflight.timeout': '检查这台电脑的 Wi-Fi 耗时过长。',
  'wifi.preflight.second-link': '另一条网络连接保持连通，因此配置期间仍可访问互联网。',
  'wifi.preflight.offline': '这台电脑与 Photon 通信期间将处于离线状态。',
  'wifi.location.unanswered': '未及时回应定位服务权限请求。',
  'wifi.choose.pick': '范围内有 {count} 台 Photon，请选择一台。',
  'wifi.choose.list': '范围内有 {count} 台 Photon（{names}），请选择一台。',
  'wifi.choose.not-found': '所选网络不属于已找到的任何一台 Photon。',
  'wifi.manual.ask':
    '请现在从系统 Wi-Fi 菜单加入 {stem}-… 网络；Photon 响应后，Photon Setup 将继续。',
  'wifi.manual.try-again': '请从系统 Wi-Fi 菜单加入 {stem}-… 网络，然后点击“重试”。',
  'wifi.manual.not-joined': '这台电脑未在 {seconds} 秒内加入 Photon 网络。{then}',
  'wifi.join.joining': '正在加入 {ssid}。',
  'wifi.join.timeout': '加入 {ssid} 耗时过长。',
  'wifi.join.did-not-stop': '加入操作未能及时停止。',
  'wifi.join.not-in-time': '这台电脑未能及时连接到 {ssid}。',
  'wifi.join.waiting': '正在等待连接到 {ssid}。',
  'wifi.address.waiting': '正在等待 Photon 分配地址。',
  'wifi.address.none':
    'Photon 未在 {seconds} 秒内为这台电脑分配 192.168.0.x 地址。请确认 Photon 的深蓝色灯仍在闪烁，然后重试。',
  'wifi.address.wrong':
    'Photon 未在 {seconds} 秒内为这台电脑分配 192.168.0.x 地址（当前地址为 {address}）。请确认 Photon 的深蓝色灯仍在闪烁，然后重试。',
  'wifi.route-clash':
    '发往 Photon（{address}）的流量将经由 {iface} 而非 Wi-Fi 发出。请在配置期间拔掉或关闭 {iface}，然后重试。',
  'wifi.subnet-clash':
    '{iface} 已有地址 {address}，该地址位于 Photon 的 192.168.0.x 地址段内。请在配置期间拔掉或关闭 {iface}，然后重试。',
  'wifi.no-adapter': '这台电脑没有已开启的 Wi-Fi 适配器。请打开 Wi-Fi，然后重试。',
  'wifi.device-silent': '已加入 {ssid}，但 Photon 没有响应。请确认它的深蓝色灯仍在闪烁，然后重试。',
  'wifi.device-silent.manual':
    '已加入 Photon 网络，但 Photon 没有响应。请确认它的深蓝色灯仍在闪烁，然后重试。',
  'wifi.probe.timeout': '设备探测未完成。',
  'wifi.connected': '已连接到 Photon {deviceId}。',
  'wifi.connected.route-moved':
    '互联网路由现在经由 Photon 的网络，因此这台电脑在与 Photon 通信期间处于离线状态。',
  'wifi.dropped.rejoining': 'Wi-Fi 已与 {ssid} 断开，正在重新加入。',
  'wifi.dropped':
    '配置期间，这台电脑与 Photon 的 Wi-Fi 断开了连接。请确认 Photon 的深蓝色灯仍在闪烁，然后重试。',
  'wifi.dropped.named':
    '配置期间，这台电脑与 Photon 的 Wi-Fi（{ssid}）断开了连接。请确认 Photon 的深蓝色灯仍在闪烁，然后重试。',
  'wifi.restore.restoring': '正在让这台电脑重新连接到之前的 Wi-Fi。',
  'wifi.restore.left': '已离开 Photon 网络，这台电脑正在重新连接到常用网络。',
  'wifi.restore.back': '这台电脑已重新连接到 {network}。',
  'wifi.not-restored': '未能恢复这台电脑的 Wi-Fi：请自行从系统菜单切换回常用的 Wi-Fi 网络。',
  'wifi.not-restored.named': '未能恢复这台电脑的 Wi-Fi：请自行从系统菜单重新加入 {network}。',
  'wifi.location.mac':
    'macOS 向 Photon Setup 隐藏了 Wi-Fi 网络名称。请打开“系统设置”→“隐私与安全性”→“定位服务”，允许 Photon Setup 使用定位服务，然后重试；或者选择“在提示时由我自己加入”，并在 Photon Setup 提示时从 Wi-Fi 菜单加入 {prefix}… 网络。',
  'wifi.location.windows':
    'Windows 向 Photon Setup 隐藏了 Wi-Fi 网络名称。请打开“设置”→“隐私和安全性”→“位置”，开启“定位服务”和“允许桌面应用访问你的位置”，然后重试；或者选择“在提示时由我自己加入”，并在 Photon Setup 提示时从 Wi-Fi 菜单加入 {prefix}… 网络。',
  'wifi.location.other':
    '此系统向 Photon Setup 隐藏了 Wi-Fi 网络名称。您可以选择“在提示时由我自己加入”，并在 Photon Setup 提示时从 Wi-Fi 菜单加入 {prefix}… 网络。',
  'wifi.ssid.empty': 'Photon 网络名称为空。',
  'wifi.ssid.control': '该网络名称包含控制字符，因此不可能是 Photon。',
  'wifi.ssid.too-long': 'Wi-Fi 名称最多 {max} 字节；{name} 超出了此长度。',
  'wifi.ssid.metacharacters':
    '网络 {name} 包含 Photon 从不使用的字符；Photon Setup 不会加入该网络。',
  'wifi.ssid.not-photon': '网络 {name} 看起来不是 Photon（应为 {stem}-XXXXXX）。',
  'wifi.unsafe-name.interface': '无法将该 Wi-Fi 接口名称安全地传递给 Wi-Fi 工具。',
  'wifi.unsafe-name.profile': '无法将该 Wi-Fi 配置文件名称安全地传递给 Wi-Fi 工具。',
  'wifi.unsafe-name.connection': '无法将该连接名称安全地传递给 Wi-Fi 工具。',
  'wifi.unsafe-name.network': '无法将该网络名称安全地传递给 Wi-Fi 工具。',
  'wifi.unsafe-name.user': '无法将该用户名安全地传递给 Wi-Fi 工具。',
  'wifi.tool.not-found': '未找到 {tool}，因此 Photon Setup 无法在此控制 Wi-Fi。',
  'wifi.tool.timeout': '{tool} 未在 {seconds} 秒内响应。',
  'wifi.tool.not-run': '无法运行 {tool}。',
  'wifi.tool.failed': '{tool} 无法{task}（退出码 {code}）。',
  'wifi.task.read-state': '读取 Wi-Fi 状态',
  'wifi.task.list-hardware': '列出网络硬件',
  'wifi.task.list-interfaces': '列出 Wi-Fi 接口',
  'wifi.task.list-networks': '列出 Wi-Fi 网络',
  'wifi.task.read-current': '读取当前的 Wi-Fi 网络',
  'wifi.task.rejoin-previous': '重新加入之前的网络',
  'wifi.task.remove-profile': '删除临时的 Photon 配置文件',
  'wifi.task.list-devices': '列出网络设备',
  'wifi.task.scan': '扫描 Wi-Fi 网络',
  'wifi.task.read-active': '读取当前活动的连接',
  'wifi.task.reconnect': '重新连接 Wi-Fi',
  'wifi.task.remove-preferred': '将 Photon 从首选网络中移除',
  'wifi.task.rejoin-without-password': '在没有密码的情况下重新加入网络',
  'wifi.task.remove-wifi-profile': '删除 Wi-Fi 配置文件',
  'wifi.task.turn-wifi': '{state, select, on {打开} other {关闭}} Wi-Fi',
  'wifi.task.join': '加入 {ssid}',
  'wifi.join.failed': '这台电脑无法加入 {ssid}。',
  'wifi.join.gone': '这台电脑已看不到 {ssid}。',
  'wifi.join.unfinished': '加入 {ssid} 未在 {seconds} 秒内完成。',
  'wifi.join.late': '加入 {ssid} 未能及时完成。',
  'wifi.rejoin.timeout': '之前的 Wi-Fi 网络未能及时恢复连接。',
  'wifi.mac.off': '这台 Mac 的 Wi-Fi 已关闭。请从菜单栏打开 Wi-Fi，然后重试。',
  'wifi.netsh.profile-refused': 'Windows 拒绝为 {ssid} 添加 Wi-Fi 配置文件。',
  'wifi.nmcli.profile-refused': 'NetworkManager 拒绝为 {ssid} 创建配置文件。',
  'wifi.node-wifi.unsupported': '在此系统上，Photon Setup 无法通过 node-wifi {task}。',
  'wifi.node-wifi.failed': 'Photon Setup 无法{task}。',
  'wifi.route.ipv4-only': 'Photon Setup 只能检查到 IPv4 地址的路由。',
  'wifi.no-backend': '此系统上没有可执行 {operation} 操作的 Wi-Fi 后端。',
  'wifi.unsupported-os': 'Photon Setup 仅能在 Windows、macOS 和 Linux 上控制 Wi-Fi。',
  'wifi.scan.failed': '扫描 Wi-Fi 网络失败。',
  'wifi.discover.looking': '正在查找 {stem}-… 网络；请让 Photon 进入监听模式（深蓝色灯闪烁）。',
  'wifi.discover.none':
    '{seconds} 秒内未出现 {stem}-… 网络。请确认 Photon 的深蓝色灯在闪烁（按住 SETUP 键 3 秒）且靠近这台电脑，然后重试。',
  'wifi.replay.cleaned':
    'Photon Setup 在之前的一次配置中途停止；这台电脑当时已回到自己的网络，因此只删除了临时的 Photon 网络。',
  'wifi.replay.restoring': 'Photon Setup 在连接 Photon 期间停止；正在将 Wi-Fi 恢复原状。',
  'wifi.replay.restored': 'Wi-Fi 已回到之前的网络。',
  'wifi.radio-busy':
    '另一个 Photon Setup 正在使用这台电脑的 Wi-Fi 进行配置。请等待其完成，然后重试。',
  'wifi.radio-busy.named':
    '另一个 Photon Setup（{host}，进程 {pid}）正在使用这台电脑的 Wi-Fi 进行配置。请等待其完成，然后重试。',
  'wifi.home.usual-network': '您常用的 Wi-Fi 网络',
  'wifi.home.on-photon':
    '这台电脑仍持有 Photon 网络分配的地址。请从系统 Wi-Fi 菜单加入 {network}。',
  'wifi.home.offline':
    '这台电脑已离开 Photon 的网络，但 Particle 云暂未响应。如果 Wi-Fi 菜单中未显示 {network}，请自行加入。',
  'wifi.home.unknown':
    'Photon Setup 无法判断这台电脑是否已恢复在线。请检查 Wi-Fi 菜单是否显示 {network}。',
  'wifi.sim.not-on-photon': '模拟的 Wi-Fi 未连接到模拟的 Photon。',
  'wifi.sim.scan-failed': '模拟扫描失败。',
  'wifi.sim.rejoin-failed': '模拟重新加入失败。',
  'wifi.sim.forget-failed': '模拟忘记网络失败。',
  'wifi.sim.reconnect-failed': '模拟重新连接失败。',
};
