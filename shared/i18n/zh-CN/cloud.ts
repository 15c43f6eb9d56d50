import type { AreaTexts } from '../define';
import type { EN_CLOUD } from '../en/cloud';

export const ZH_CN_CLOUD: AreaTexts<typeof EN_CLOUD> = {
  'cloud.problem.bad-token': 'Particle 云未接受该访问令牌。请重新登录或粘贴新的令牌。',
  'cloud.problem.expired-token': 'Particle 登录已过期。请重新登录或粘贴新的令牌。',
  'cloud.problem.bad-credentials': 'Particle 云拒绝了该邮箱或密码。请检查后重试。',
  'cloud.problem.bad-client':
    'Particle 云拒绝了该 OAuth 客户端 ID 或密钥。请在产品的 Authentication 页面中检查。',
  'cloud.problem.mfa-required': '此账户启用了两步验证。请输入身份验证器应用中的一次性验证码。',
  'cloud.problem.mfa-code-rejected':
    'Particle 未接受该验证码（输入有误或已过期）。请输入身份验证器应用中当前的 6 位验证码。',
  'cloud.problem.mfa-expired':
    '登录等待验证码的时间过长，或被拒绝的验证码过多。请使用邮箱和密码重新登录。',
  'cloud.problem.customer-refused':
    '产品的 OAuth 客户端未能获得此客户的令牌。请检查客户邮箱，并确认该客户端属于此产品。',
  'cloud.problem.permission-denied': '此账户无权执行该操作，或者云端无法识别该设备或产品。',
  'cloud.problem.not-found': 'Particle 云找不到该设备、产品或客户。',
  'cloud.problem.owned-by-someone-else':
    '该设备属于另一个 Particle 账户。必须先由其所有者释放该设备。',
  'cloud.problem.device-offline': '该设备当前未连接到 Particle 云。',
  'cloud.problem.bad-request': 'Particle 云以请求无效为由拒绝了该请求。',
  'cloud.problem.timeout': 'Particle 云未及时响应。请检查互联网连接，然后重试。',
  'cloud.problem.offline': '无法连接到 Particle 云。请确认这台电脑处于在线状态。',
  'cloud.problem.malformed-response': 'Particle 云返回了 Photon Setup 无法理解的应答。',
  'cloud.problem.rate-limited': 'Particle 云正在限制请求频率。请等待几分钟，然后重试。',
  'cloud.problem.rate-limited-for':
    'Particle 云正在限制请求频率。请在 {unit, select, minutes {{count, plural, one {# 分钟} other {# 分钟}}} other {{count, plural, one {# 秒} other {# 秒}}}}后重试。',
  'cloud.problem.server-error': 'Particle 云出现问题（HTTP {status}）。请稍后重试。',
  'cloud.op.create-claim-code': '创建认领码',
  'cloud.op.create-product-claim-code': '创建产品认领码',
  'cloud.op.read-device': '从云端读取设备信息',
  'cloud.op.list-devices': '列出该账户的设备',
  'cloud.op.read-variable': '读取设备变量 {name}',
  'cloud.op.claim-device': '认领设备',
  'cloud.op.unclaim-device': '取消认领设备',
  'cloud.op.rainbow-on': '让设备闪烁彩虹灯',
  'cloud.op.rainbow-off': '停止彩虹灯',
  'cloud.op.read-user': '读取已登录的账户',
  'cloud.op.list-product-devices': '列出该产品的设备',
  'cloud.op.read-product': '读取产品信息',
  'cloud.op.import-device': '将设备添加到产品',
  'cloud.op.read-product-device': '读取产品设备信息',
  'cloud.op.unclaim-product-device': '取消认领产品设备',
  'cloud.op.remove-from-product': '将设备从产品中移除',
  'cloud.op.create-customer': '创建产品客户',
  'cloud.op.sign-in': '登录 Particle',
  'cloud.op.product-token': '获取产品令牌',
  'cloud.op.customer-token': '获取客户令牌',
  'cloud.op.confirm-mfa': '确认两步验证码',
  'cloud.op.renew-sign-in': '续期 Particle 登录',
  'cloud.op.prepare': '在云端进行准备',
  'cloud.op.check-device': '通过云端检查设备',
  'cloud.op.watch-events': '监视云端事件流',
  'cloud.op.wait-online': '等待设备上线',
};
