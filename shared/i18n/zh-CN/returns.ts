import type { AreaTexts } from '../define';
import type { EN_RETURNS } from '../en/returns';

export const ZH_CN_RETURNS: AreaTexts<typeof EN_RETURNS> = {
  'returns.limit.not-in-product': '它不在产品 {product} 中（或这些凭据可能无权在该产品中读取它）。',
  'returns.limit.other-product':
    '它属于产品 {productId}；请使用该产品的 OAuth 客户端登录，以便将其从所属客户处释放。',
  'returns.limit.blind.developer':
    '这些凭据看不到该设备：它未被此账户认领，也不在您可读取的产品中。它可能属于他人，或 ID 有误。',
  'returns.limit.blind.product':
    '这些产品凭据无法看到产品之外的该设备。它可能属于某个开发者账户或其他产品，或 ID 有误。',
  'returns.limit.then': '{first}{then}',
  'returns.refusal.blind': '使用这些凭据无法释放任何内容：{why}',
  'returns.refusal.unseen': '这些凭据看不到该设备。',
  'returns.product.numbered': '产品 {id}',
  'returns.owner.customer': '客户 {email}',
  'returns.refusal.needs-product':
    '设备 {deviceId} 位于 {product} 中。请使用该产品的 OAuth 客户端登录（账户 → 产品）以释放该设备。',
  'returns.step.release.title': '从 {who} 处释放',
  'returns.step.release.description':
    '取消 {who} 对该设备的认领。设备仍保留在 {product} 中且没有所有者，可供下一位客户认领。',
  'returns.step.release.undo': '如需撤销，请重新为 {who} 配置该设备。',
  'returns.step.remove.title': '从 {product} 中移除',
  'returns.step.remove.description':
    '将设备移出 {product}；它将成为任何人都可认领的普通开发者设备。同时也会停止向其推送产品固件更新。',
  'returns.step.remove.undo': '如需撤销，请将其重新添加到 {product}（导入其 ID）。',
  'returns.step.re-add.title': '重新添加到 {product}',
  'returns.step.re-add.description':
    '再次将设备 ID 导入 {product}，以便使用产品认领码为下一位客户认领该设备。',
  'returns.step.re-add.undo': '如需撤销，请将其从 {product} 中移除。',
  'returns.refusal.ready':
    '设备 {deviceId} 位于 {product} 中且没有所有者：它已可供下一位客户使用。',
  'returns.step.unclaim.title': '取消 {owner} 的认领',
  'returns.step.unclaim.description':
    '将设备从开发者账户 {owner} 中移除；之后任何账户都可以认领它。',
  'returns.step.unclaim.undo':
    '如需撤销，请在设备在线时按 ID 重新认领（particle device add {deviceId}）。',
  'returns.refusal.not-yours':
    '设备 {deviceId} 属于 {owner}，而不是当前登录的账户。只有其所有者（或 Particle 支持团队）才能释放它。',
  'returns.refusal.unclaimed': '设备 {deviceId} 没有可由这些凭据释放的所有者：它已处于未认领状态。',
  'returns.step.unexpected': '意外问题导致此步骤中止。',
  'returns.no-product': '此设备不属于任何产品。',
  'returns.re-add.other-account': '产品拒绝了该设备：它属于另一个账户。',
  'returns.re-add.refused': '产品拒绝了该设备 ID（平台不符，或已在另一个产品中）。',
  'returns.audit.already-done': '已在云端完成。',
  'returns.summary.stopped':
    '在“{step}”处停止：{error}未做任何更改。请再次运行该计划，从此处继续。',
  'returns.summary.stopped-after':
    '在“{step}”处停止：{error}此前已完成：{ran}。请再次运行该计划，从此处继续。',
  'returns.summary.released': '设备 {deviceId} 已释放：{steps}。',
  'returns.step.was-done': '{title}（此前已完成）',
  'returns.plan-gone': '该计划已不存在（应用是否已重启？）。请重新查找该设备。',
  'returns.no-wifi': 'Photon Setup 无法在此切换 Wi-Fi；请改为输入设备 ID。',
};
