import type { AreaTexts } from '../define';
import type { EN_VALIDATE } from '../en/validate';

export const ZH_CN_VALIDATE: AreaTexts<typeof EN_VALIDATE> = {
  'validate.invalid': '此值无效。',
  'validate.field.identity': '身份',
  'validate.field.inner-identity': '用户名（内部身份）',
  'validate.field.outer-identity': '外部身份',
  'validate.field.password': '密码',
  'validate.field.ca-certificate': 'CA 证书',
  'validate.field.client-certificate': '客户端证书',
  'validate.field.private-key': '私钥',
  'validate.device-id.empty': '请输入设备 ID（24 个字符，0-9 和 a-f）。',
  'validate.device-id.characters': '设备 ID 只包含字符 0-9 和 a-f。',
  'validate.device-id.length': '设备 ID 长度为 24 个字符；当前输入为 {length} 个字符。',
  'validate.ssid.empty': '请输入 Wi-Fi 网络名称（SSID）。',
  'validate.ssid.too-long':
    'Wi-Fi 网络名称最多 {max} 字节；“{name}”为 {bytes} 字节（汉字、带重音符号的字母和表情符号每个占 2 到 4 字节）。',
  'validate.ssid.nul':
    '无法通过 SoftAP 将“{name}”发送给 Photon：该名称含有 NUL 字节，而 Photon 的文本字段无法承载该字节。请重命名该网络，或通过 USB 配置 Photon（particle serial wifi）。',
  'validate.ssid.quote':
    '无法通过 SoftAP 将“{name}”发送给 Photon：设备按收到的原样存储名称，名称中的引号（"）会使其在设备上提前结束。请重命名该网络，或通过 USB 配置 Photon（particle serial wifi）。',
  'validate.ssid.backslash':
    '无法通过 SoftAP 将“{name}”发送给 Photon：名称中的反斜杠后面既不是 " / \\ b f n r t 之一，也不是 u 加四位十六进制数字，而 Photon 的解析器会拒绝其他任何形式。请重命名该网络，或通过 USB 配置 Photon（particle serial wifi）。',
  'validate.ssid.broken': '网络名称包含损坏的字符；请重新输入。',
  'validate.ssid.control':
    '网络名称包含不可见的控制字符；请重新输入，或从 Photon 自己扫描到的列表中选择该网络。',
  'validate.passphrase.empty': '请输入 Wi-Fi 密码。',
  'validate.passphrase.broken': 'Wi-Fi 密码包含不可见或损坏的字符；请重新输入。',
  'validate.passphrase.hex-key':
    '64 个字符的 Wi-Fi 密码必须是十六进制密钥（只能包含 0-9 和 a-f）；普通密码短语最多 {max} 个字符。',
  'validate.passphrase.too-short':
    'WPA Wi-Fi 密码至少需要 {min} 个字符；当前输入为 {unit, select, bytes {{count, plural, one {# 字节} other {# 字节}}} other {{count, plural, one {# 个字符} other {# 个字符}}}}。',
  'validate.passphrase.too-long':
    'WPA Wi-Fi 密码最多 {max} 个字符（或 64 位十六进制数字）；当前输入为 {unit, select, bytes {{count, plural, one {# 字节} other {# 字节}}} other {{count, plural, one {# 个字符} other {# 个字符}}}}。',
  'validate.wep.empty': '请输入 WEP 密钥。',
  'validate.wep.form':
    'WEP 密钥为 5 或 13 个字符，或 10 或 26 位十六进制数字；当前输入为 {length} 个字符。',
  'validate.security.unknown': 'Photon 无法识别此网络的安全类型；请先选择安全类型再继续。',
  'validate.security.unsendable':
    '安全类型值 {value} 不是 Photon 能识别的值；请选择该网络的安全类型。',
  'validate.eap.required': '请输入{field}。',
  'validate.eap.broken': '{field}包含不可见或损坏的字符；请重新输入。',
  'validate.eap.too-long': '{field}最多 {max} 字节；当前为 {bytes} 字节。',
  'validate.identity.escaped':
    'Photon 无法发送{field}“{value}”：它按原样存储身份，因此{which, select, backslash {反斜杠（\\）} other {引号（"）}}到达网络时会被改变，每次登录都会被拒绝。请改用 user@domain 形式输入（例如 CORP\\jsmith 应按 IT 部门提供的形式输入，如 jsmith@corp.example.com）。',
  'validate.claim-code.empty': '请输入认领码。',
  'validate.claim-code.characters':
    '认领码只包含字母、数字、+ 和 /；请检查是否已完整复制，且不含空格。',
  'validate.claim-code.length': '认领码长度为 {length} 个字符；当前输入为 {actual} 个字符。',
  'validate.channel.range':
    'Wi-Fi 信道 {channel} 不是 2.4 GHz 信道（应为 1 到 {max}，未知时为 0）。',
  'validate.auth.needs-enterprise-credentials':
    '这是 WPA 企业级网络：请选择 PEAP 或 EAP-TLS，并输入相应的凭据。',
  'validate.auth.needs-enterprise-network':
    'PEAP 和 EAP-TLS 需要 WPA 或 WPA2 企业级网络；请重新选择该网络的安全类型。',
  'validate.wep.key-index': 'WEP 密钥编号为 1 到 4。',
  'validate.pem.required': '请添加{field}（PEM 文本）。',
  'validate.pem.form': '{field}必须是 PEM 文本，以 -----BEGIN … 行开头，以 -----END … 行结尾。',
  'validate.pem.too-long': '{field}为 {bytes} 字节；Photon 最多只能存储 {max} 字节。',
  'validate.prefix.empty': '请输入 SoftAP 名称前缀（例如 Photon-）。',
  'validate.prefix.too-long': 'SoftAP 前缀最多 {max} 个字符。',
  'validate.prefix.characters':
    'SoftAP 前缀只能使用字母、数字、“_”、“.”和“-”，且必须以字母或数字开头。',
  'validate.settings.station-too-long': '工位名称最多 {max} 个字符。',
  'validate.settings.operator-too-long': '操作员名称最多 {max} 个字符。',
  'validate.settings.cloud-url-too-long': 'Particle API 地址最多 {max} 个字符。',
  'validate.settings.cloud-url': '请以 URL 形式输入 Particle API 地址，例如 {example}。',
  'validate.settings.cloud-url-https':
    '请使用 https://（仅 127.0.0.1 或 localhost 允许使用普通 http）。',
  'validate.account.access-token.empty': '请输入访问令牌。',
  'validate.account.access-token.too-long': '访问令牌最多 {max} 个字符。',
  'validate.account.access-token.short': '请粘贴完整的访问令牌（40 个字符或以上）。',
  'validate.account.password.empty': '请输入密码。',
  'validate.account.password.too-long': '密码最多 {max} 个字符。',
  'validate.account.product.empty': '请输入产品 ID 或 slug。',
  'validate.account.product.too-long': '产品 ID 或 slug 最多 {max} 个字符。',
  'validate.account.client-id.empty': '请输入 OAuth 客户端 ID。',
  'validate.account.client-id.too-long': 'OAuth 客户端 ID 最多 {max} 个字符。',
  'validate.account.client-secret.empty': '请输入 OAuth 客户端密钥。',
  'validate.account.client-secret.too-long': 'OAuth 客户端密钥最多 {max} 个字符。',
  'validate.email.empty': '请输入电子邮件地址。',
  'validate.email.too-long': '电子邮件地址最多 {max} 个字符。',
  'validate.email.form': '这不是有效的电子邮件地址（name@example.com）。',
  'validate.otp.form': '请输入身份验证器应用中的 6 位一次性验证码。',
  'security.unknown': '未知安全类型',
  'security.unknown-value': '未知安全类型（{value}）',
  'security.open': '开放',
  'security.enterprise': '企业级',
  'security.wep':
    '{shared, select, yes {WEP（共享密钥）} other {WEP}}{wps, select, yes {，WPS} other {}}{adHoc, select, yes {，点对点} other {}}',
  'security.wpa':
    '{family} {mode, select, enterprise {企业级} other {个人级}}{ciphers}{wps, select, yes {，WPS} other {}}{adHoc, select, yes {，点对点} other {}}',
  'security.eap.peap': 'PEAP（MSCHAPv2）',
  'security.eap.tls': 'EAP-TLS',
  'security.eap.other': 'EAP 方法 {value}',
};
