import type { AreaTexts } from '../define';
import type { EN_CORE } from '../en/core';

export const ZH_CN_CORE: AreaTexts<typeof EN_CORE> = {
  'core.internal': 'Photon Setup 遇到内部问题（{kind}）。如果问题持续，请重新启动应用。',
  'core.unknown-channel': 'Photon Setup 没有名为 {channel} 的请求。',
  'core.invalid-argument': '对 {channel} 的请求无效：{problem}',
  'core.cancelled': '已取消。',
  'core.forbidden': '此请求并非来自 Photon Setup 窗口，已被拒绝。',
  'core.disconnected':
    '与 Photon Setup 的连接已断开。请重新启动 Photon Setup，然后重新加载此页面。',
  'core.not-connected': 'Photon Setup 未连接。请重新加载此页面。',
  'core.busy': 'Photon Setup 正在{activity}。请等待其完成后重试。',
  'core.activity.searching': '搜索 Photon',
  'core.activity.next-photon': '查找下一台 Photon',
  'core.activity.setting-up': '配置 {ssid}',
  'core.activity.setting-up-device': '配置设备',
  'core.activity.reading-id': '读取 {ssid} 的设备 ID',
  'core.station-first': '请先停止工位（工位 → 停止），然后重试。',
  'core.station-running': '工位正在运行。要配置或读取单台设备，请先停止工位（工位 → 停止）。',
  'core.no-system-settings':
    'Photon Setup 无法从此处打开系统设置；请自行在系统设置中打开定位服务。',
  'core.no-wifi-control': 'Photon Setup 无法控制这台电脑的 Wi-Fi；请自行加入 Photon 的网络。',
  'core.account.no-mfa': '当前没有等待一次性验证码的登录。请重新登录。',
  'core.account.not-product': '只有产品连接才有客户；请改用下一位所有者的账户登录。',
  'core.account.signed-out': '配置设备前，请先登录 Particle（或连接产品）。',
  'core.profile.gone': '该已保存的网络已不存在。请重新选择网络。',
  'core.profile.secret-missing':
    '“{ssid}”的已保存凭据在本次会话中不可用。请重新选择该网络并输入凭据。',
  'core.data-dir.busy':
    '另一个 Photon Setup 正在使用数据文件夹 {dir}。请先将其关闭，或使用其他数据文件夹启动本程序。',
  'core.data-dir.busy.named':
    '另一个 Photon Setup（{host}，进程 {pid}，启动于 {startedAt, date, medium} {startedAt, time, short}）正在使用数据文件夹 {dir}。请先将其关闭，或使用其他数据文件夹启动本程序。',
  'core.host.desktop': '桌面应用',
  'core.host.web': '网页主机',
  'core.host.cli': '命令行',
  'core.update.download.message': 'Photon Setup {version} 已发布。',
  'core.update.download.detail':
    '新版本包含最新修复，其中包括安全修复。现在下载吗？下载期间配置工作不受影响。',
  'core.update.download.yes': '下载',
  'core.update.install.message': 'Photon Setup {version} 已可安装。',
  'core.update.install.detail':
    '现在重启以完成安装吗？当前没有正在进行的配置；更新后应用会重新打开。',
  'core.update.install.yes': '重启并安装',
  'core.update.later': '稍后',
  'core.start-failed.title': 'Photon Setup 无法启动',
  'core.start-failed.internal': '内部问题导致启动失败。',
  'core.data-dir.unwritable':
    'Photon Setup 无法写入其数据文件夹 {dir}（{reason}）。请修复该文件夹的权限，或使用其他数据文件夹启动 Photon Setup。',
  'core.data-dir.reason.denied': '权限被拒绝',
  'core.data-dir.reason.read-only': '磁盘为只读',
  'core.data-dir.reason.full': '磁盘已满',
  'core.data-dir.reason.quota': '磁盘配额已用完',
  'core.data-dir.reason.not-a-folder': '该路径中有一部分是文件，而不是文件夹',
  'core.data-dir.reason.in-the-way': '已有同名文件占用该位置',
  'core.data-dir.reason.other': '无法写入',
  'core.secrets.locked': '已保存的凭据“{name}”已无法解锁（钥匙串或密钥文件已更改）。请重新输入。',
  'core.secrets.no-keychain':
    '这台电脑没有可用于保护已保存凭据的钥匙串。凭据将不会被保存；每次会话都需要重新输入。',
  'core.secrets.no-keyring':
    '没有已解锁的桌面密钥环（GNOME Keyring 或 KWallet），因此无法安全地保存凭据。请解锁或安装一个密钥环，或在每次会话中输入凭据。',
  'core.secrets.bad-key-file':
    '密钥文件 {path} 不是 Photon Setup 密钥（应为 base64 编码的 {bytes} 字节）。',
};
