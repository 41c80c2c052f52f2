<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EndpointDesk</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>未打开任何配置文件。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved, but not all of its secrets: %2</source>
        <translation>配置文件“%1”已保存，但其密钥信息未能全部保存：%2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved.</source>
        <translation>配置文件“%1”已保存。</translation>
    </message>
    <message>
        <source>No access key: enter the access key ID (AK) from My Credentials.</source>
        <translation>没有访问密钥：请输入“我的凭证”中的访问密钥ID（AK）。</translation>
    </message>
    <message>
        <source>No secret key: enter the secret access key (SK) that belongs to the access key.</source>
        <translation>没有秘密访问密钥：请输入与该访问密钥对应的秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The access key contains spaces or characters an access key never has; paste it again.</source>
        <translation>访问密钥中含有空格或访问密钥中不会出现的字符，请重新粘贴。</translation>
    </message>
    <message>
        <source>Temporary access keys only work with their security token: paste the security token that came with them.</source>
        <translation>临时访问密钥必须与其 securitytoken 一起使用：请粘贴随该密钥一同获取的 securitytoken。</translation>
    </message>
    <message>
        <source>The security token contains a line break; paste it as one line.</source>
        <translation>securitytoken 中含有换行符，请粘贴为一行。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM密码</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Temporary AK/SK</source>
        <translation>临时AK/SK</translation>
    </message>
    <message>
        <source>IAM&apos;s answer was not a token. Check the endpoint address: it must reach Huawei Cloud IAM.</source>
        <translation>IAM 返回的不是 Token。请检查接入地址：它必须能访问华为云 IAM。</translation>
    </message>
    <message>
        <source>IAM answered without an X-Subject-Token.</source>
        <translation>IAM 的应答中没有 X-Subject-Token。</translation>
    </message>
    <message>
        <source>IAM did not say when the token expires.</source>
        <translation>IAM 未告知 Token 的过期时间。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed in as %1 (account %2) for project %3 until %4.</source>
        <translation>已以 %1 身份登录（账号 %2），项目 %3，有效期至 %4。</translation>
    </message>
    <message>
        <source>Still signing in: wait for the sign-in to finish.</source>
        <translation>仍在登录中：请等待登录完成。</translation>
    </message>
    <message>
        <source>Not signed in: press Sign in first.</source>
        <translation>未登录：请先点击“登录”。</translation>
    </message>
    <message>
        <source>Using the pasted token; the cloud checks it with each request.</source>
        <translation>使用粘贴的 Token；云服务会在每次请求时校验它。</translation>
    </message>
    <message>
        <source>Paste a token to sign in.</source>
        <translation>请粘贴 Token 以登录。</translation>
    </message>
    <message>
        <source>Each request is signed with access key %1.</source>
        <translation>每个请求都使用访问密钥 %1 签名。</translation>
    </message>
    <message>
        <source>Enter the access key and secret key.</source>
        <translation>请输入访问密钥（AK）和秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Each request is signed with temporary access key %1.</source>
        <translation>每个请求都使用临时访问密钥 %1 签名。</translation>
    </message>
    <message>
        <source>Enter the access key, secret key and security token.</source>
        <translation>请输入访问密钥（AK）、秘密访问密钥（SK）和 securitytoken。</translation>
    </message>
    <message>
        <source>No token: paste an IAM token or sign in first.</source>
        <translation>没有 Token：请粘贴 IAM Token，或先登录。</translation>
    </message>
    <message>
        <source>The token contains a line break; paste it as one line.</source>
        <translation>Token 中含有换行符，请粘贴为一行。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Enter the account name (the account the IAM user belongs to; for the account itself, its own name).</source>
        <translation>请输入账号名（IAM用户所属的账号；以账号本身登录时，填写账号自己的名称）。</translation>
    </message>
    <message>
        <source>Enter the IAM user name (for the account itself, the account name again).</source>
        <translation>请输入IAM用户名（以账号本身登录时，再次填写账号名）。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Signing in with an MFA code needs the IAM user ID (My Credentials, &quot;IAM User ID&quot;). Enter it in MFA user ID.</source>
        <translation>使用 MFA 验证码登录需要IAM用户ID（见“我的凭证”中的“IAM用户ID”）。请将其填入“MFA用户ID”。</translation>
    </message>
    <message>
        <source>Not signed in: choose how to sign in first.</source>
        <translation>未登录：请先选择登录方式。</translation>
    </message>
    <message>
        <source>The request&apos;s time was refused: this computer&apos;s clock must be within 15 minutes of the cloud&apos;s. Correct the clock (and its time zone) and try again.</source>
        <translation>请求的时间被拒绝：本机时钟与云端时间相差不得超过 15 分钟。请校正时钟（及时区）后重试。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off (ahead): it says %2, the cloud says %3. Signed requests are refused when the clocks differ by more than 15 minutes. Correct the clock (and its time zone), then try again.</source>
        <translation>本机时钟快了 %1 分钟：本机为 %2，云端为 %3。时钟相差超过 15 分钟时，签名请求会被拒绝。请校正时钟（及时区）后重试。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off (behind): it says %2, the cloud says %3. Signed requests are refused when the clocks differ by more than 15 minutes. Correct the clock (and its time zone), then try again.</source>
        <translation>本机时钟慢了 %1 分钟：本机为 %2，云端为 %3。时钟相差超过 15 分钟时，签名请求会被拒绝。请校正时钟（及时区）后重试。</translation>
    </message>
    <message>
        <source>The access key is locked for 5 minutes after more than 5 failed signatures in a row. Check the secret key, then wait 5 minutes before trying again.</source>
        <translation>连续签名失败超过 5 次后，访问密钥会被锁定 5 分钟。请检查秘密访问密钥（SK），等待 5 分钟后再试。</translation>
    </message>
    <message>
        <source>These are temporary access keys: they work only together with their security token, and only until it expires. Choose &quot;Temporary AK/SK&quot;, paste the security token that came with the keys, or get new temporary credentials.</source>
        <translation>这是临时访问密钥：只能与其 securitytoken 一起使用，且仅在其过期前有效。请选择“临时AK/SK”并粘贴随密钥一同获取的 securitytoken，或重新获取临时访问密钥。</translation>
    </message>
    <message>
        <source>The token has expired or was revoked. A pasted token cannot be renewed by the program: paste a new one, or use the IAM password method, which renews its token by itself (with MFA, sign in again with a new code).</source>
        <translation>Token 已过期或已被撤销。本程序无法续期粘贴的 Token：请粘贴新的 Token，或改用“IAM密码”方式，它会自动续期 Token（使用 MFA 时需用新的验证码重新登录）。</translation>
    </message>
    <message>
        <source>No token was sent. Sign in, or paste a token in the profile.</source>
        <translation>未发送 Token。请登录，或在配置文件中粘贴 Token。</translation>
    </message>
    <message>
        <source>The access key is unknown or disabled: check it in My Credentials (a deleted or disabled key, or one from another Huawei Cloud site, is refused).</source>
        <translation>访问密钥不存在或已停用：请在“我的凭证”中检查（已删除、已停用或属于其他华为云站点的密钥会被拒绝）。</translation>
    </message>
    <message>
        <source>The AK/SK signature was refused: check that the secret key belongs to this access key, and that this computer&apos;s clock is right. After more than 5 failures in a row the access key is locked for 5 minutes.</source>
        <translation>AK/SK 签名被拒绝：请检查秘密访问密钥（SK）是否与该访问密钥对应，以及本机时钟是否准确。连续失败超过 5 次后，访问密钥会被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>The token was not accepted: it may be mistyped, revoked, or from another region. Sign in again, or paste a new token.</source>
        <translation>Token 未被接受：可能输入有误、已被撤销或属于其他区域。请重新登录，或粘贴新的 Token。</translation>
    </message>
    <message>
        <source>The cloud did not accept the credentials. Check the profile&apos;s sign-in details and try again.</source>
        <translation>云服务未接受该凭证。请检查配置文件中的登录信息后重试。</translation>
    </message>
    <message>
        <source>This account signs in with a HUAWEI ID or through a federated identity provider, which cannot get a token with a password here. Ask an administrator for an IAM user with programmatic access, or use access keys (AK/SK).</source>
        <translation>此账号使用华为帐号或联邦身份提供商登录，无法在此用密码获取 Token。请向管理员申请具有编程访问权限的IAM用户，或使用访问密钥（AK/SK）。</translation>
    </message>
    <message>
        <source>The user is locked after too many failed sign-ins. Wait until the lock ends (15 minutes unless the administrator set otherwise), or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，用户已被锁定。请等待锁定结束（除非管理员另有设置，为 15 分钟），或请管理员解锁。</translation>
    </message>
    <message>
        <source>The MFA code was not accepted. Codes change every 30 seconds and work once: enter the current code from the MFA app, check that MFA user ID is this user&apos;s IAM user ID, and that the phone&apos;s clock is right.</source>
        <translation>MFA 验证码未被接受。验证码每 30 秒变化一次且只能使用一次：请输入 MFA 应用中当前的验证码，并检查“MFA用户ID”是否为该用户的IAM用户ID、手机时钟是否准确。</translation>
    </message>
    <message>
        <source>This user must sign in with virtual MFA: enter the current code from the MFA app in MFA code and the IAM user ID in MFA user ID.</source>
        <translation>该用户必须通过虚拟 MFA 登录：请在“MFA验证码”中输入 MFA 应用中当前的验证码，并在“MFA用户ID”中输入IAM用户ID。</translation>
    </message>
    <message>
        <source>The IAM user is disabled or not allowed programmatic access. Ask an administrator to enable it and allow programmatic access.</source>
        <translation>该IAM用户已停用或不允许编程访问。请联系管理员启用该用户并允许编程访问。</translation>
    </message>
    <message>
        <source>The account name, IAM user name or password is wrong. All three are case-sensitive; for the account itself, enter its name as both the account and the user name. Several failures in a row lock the user for a while.</source>
        <translation>账号名、IAM用户名或密码错误。三者均区分大小写；以账号本身登录时，账号名和用户名都填写账号名。连续多次失败会使用户被锁定一段时间。</translation>
    </message>
    <message>
        <source>IAM did not find the project: check the project ID, or leave it empty to use the region&apos;s default project.</source>
        <translation>IAM 未找到该项目：请检查项目ID，或留空以使用该区域的默认项目。</translation>
    </message>
    <message>
        <source>IAM refused a token for this project: the user may have no permissions in it. Check the project ID and the user&apos;s permissions.</source>
        <translation>IAM 拒绝为该项目签发 Token：该用户可能在此项目中没有权限。请检查项目ID和用户权限。</translation>
    </message>
    <message>
        <source>IAM did not understand the sign-in request: check that the account and user names, and the MFA user ID, have no stray characters.</source>
        <translation>IAM 无法识别登录请求：请检查账号名、用户名和 MFA用户ID 中是否有多余的字符。</translation>
    </message>
    <message>
        <source>The cloud refused a value in the request. Check the VPC, subnet, flavor and agency, then try again.</source>
        <translation>云服务拒绝了请求中的某个值。请检查虚拟私有云、子网、规格和委托后重试。</translation>
    </message>
    <message>
        <source>You are not signed in, or the credentials were not accepted. Sign in again or check the token or keys.</source>
        <translation>未登录，或凭证未被接受。请重新登录，或检查 Token 或访问密钥。</translation>
    </message>
    <message>
        <source>You are signed in but not allowed to do this. Ask an administrator for FunctionGraph and VPC endpoint permissions, or choose an agency that has them.</source>
        <translation>已登录，但没有执行此操作的权限。请向管理员申请函数工作流和下沉入口（VPC终端节点）的相关权限，或选择具有这些权限的委托。</translation>
    </message>
    <message>
        <source>Something named in the request was not found: check the project, VPC and subnet, and that the region offers VPC endpoints.</source>
        <translation>未找到请求中指定的某项资源：请检查项目、虚拟私有云和子网，并确认该区域支持下沉入口。</translation>
    </message>
    <message>
        <source>An endpoint for this VPC and subnet already exists.</source>
        <translation>该虚拟私有云和子网的下沉入口已存在。</translation>
    </message>
    <message>
        <source>Too many requests. Wait a few seconds, then try again.</source>
        <translation>请求过多。请等待几秒后重试。</translation>
    </message>
    <message>
        <source>The cloud failed while handling the request. Wait a minute and try again; if it keeps happening, give support the request ID.</source>
        <translation>云服务处理请求时出错。请等待一分钟后重试；如果问题持续出现，请将请求ID提供给技术支持。</translation>
    </message>
    <message>
        <source>The cloud&apos;s gateway is busy or unavailable. Wait a minute and try again.</source>
        <translation>云服务网关繁忙或不可用。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>The server answered with a redirect, which is not followed with credentials attached. Check the endpoint address.</source>
        <translation>服务器返回了重定向；带有凭证的请求不会跟随重定向。请检查接入地址。</translation>
    </message>
    <message>
        <source>You cancelled the request before it was sent: nothing reached the cloud.</source>
        <translation>请求在发送前已被取消：没有任何内容发送到云端。</translation>
    </message>
    <message>
        <source>You cancelled the request. If it had already reached the cloud, the endpoint may exist: creating it again will say so.</source>
        <translation>已取消请求。如果请求已到达云端，下沉入口可能已存在：再次创建时会给出提示。</translation>
    </message>
    <message>
        <source>The cloud could not be reached. Check the network connection, proxy and endpoint address.</source>
        <translation>无法连接云服务。请检查网络连接、代理和接入地址。</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer of success was cut off. The request was probably carried out: check before trying again.</source>
        <translation>云服务的成功应答被截断。请求很可能已执行：请先确认再重试。</translation>
    </message>
    <message>
        <source>No answer in time. The request may still have reached the cloud; check before trying again.</source>
        <translation>未在规定时间内收到应答。请求可能仍已到达云端；请先确认再重试。</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent, so it may have reached the cloud; check before trying again.</source>
        <translation>请求发送后连接中断，请求可能已到达云端；请先确认再重试。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If your organisation uses its own certificate authority, name its CA file in the profile.</source>
        <translation>服务器证书不受信任。如果贵单位使用自己的证书颁发机构，请在配置文件中指定其 CA 文件。</translation>
    </message>
    <message>
        <source>The answer was far larger than any the cloud sends; it was cut off. Check the endpoint address.</source>
        <translation>应答远大于云服务通常返回的大小，已被截断。请检查接入地址。</translation>
    </message>
    <message>
        <source>This address does not offer the call: the endpoint address may be wrong, or the region does not offer VPC endpoints.</source>
        <translation>该地址不提供此接口：接入地址可能有误，或该区域不支持下沉入口。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests. Wait 2 to 5 seconds, then try again.</source>
        <translation>云服务正在限流。请等待 2 到 5 秒后重试。</translation>
    </message>
    <message>
        <source>IAM could not be reached, so nobody is signed in. Check the network connection, the proxy and the endpoint address, then sign in again.</source>
        <translation>无法连接 IAM，因此未登录。请检查网络连接、代理和接入地址后重新登录。</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>（空应答）</translation>
    </message>
    <message>
        <source>The cloud answered &quot;success&quot; in a form this program does not know. The endpoint may have been created: look at the raw response, and give support the request ID.</source>
        <translation>云服务返回了“成功”，但格式本程序无法识别。下沉入口可能已创建：请查看原始应答，并将请求ID提供给技术支持。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>应答不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer has neither endpoints nor address.</source>
        <translation>应答中既没有 endpoints 也没有 address。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>请选择区域。</translation>
    </message>
    <message>
        <source>Enter the project ID.</source>
        <translation>请输入项目ID。</translation>
    </message>
    <message>
        <source>A project ID is 32 hexadecimal characters (0-9, a-f).</source>
        <translation>项目ID为 32 位十六进制字符（0-9、a-f）。</translation>
    </message>
    <message>
        <source>An ID looks like 01234567-89ab-cdef-0123-456789abcdef.</source>
        <translation>ID 的格式类似 01234567-89ab-cdef-0123-456789abcdef。</translation>
    </message>
    <message>
        <source>Choose or enter the VPC ID.</source>
        <translation>请选择或输入虚拟私有云ID。</translation>
    </message>
    <message>
        <source>Choose or enter the subnet ID.</source>
        <translation>请选择或输入子网ID。</translation>
    </message>
    <message>
        <source>The flavor is at most 64 characters.</source>
        <translation>规格最多 64 个字符。</translation>
    </message>
    <message>
        <source>The flavor may contain only letters, digits and - _ .</source>
        <translation>规格只能包含字母、数字和 - _ .</translation>
    </message>
    <message>
        <source>An agency name is at most 64 characters.</source>
        <translation>委托名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>An agency name may contain only letters, digits, spaces and - _ .</source>
        <translation>委托名称只能包含字母、数字、空格和 - _ .</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Probably created</source>
        <translation>可能已创建</translation>
    </message>
    <message>
        <source>Probably deleted</source>
        <translation>可能已删除</translation>
    </message>
    <message>
        <source>Cancelled before sending</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>虚拟私有云</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept as %1 and a new, empty history was started: endpoints created before are listed in the old file only.</source>
        <translation>历史记录文件已损坏。它已保留为 %1，并新建了一份空的历史记录：之前创建的下沉入口只记录在旧文件中。</translation>
    </message>
    <message>
        <source>the damaged file %1 could not be moved aside</source>
        <translation>无法移走已损坏的文件 %1</translation>
    </message>
    <message>
        <source>The history cannot be recorded, so endpoints created now will not be listed: %1</source>
        <translation>无法记录历史，现在创建的下沉入口将不会被列出：%1</translation>
    </message>
    <message>
        <source>the file failed SQLite&apos;s check</source>
        <translation>该文件未通过 SQLite 的检查</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of Endpoint Desk; it is used as it is.</source>
        <translation>历史记录文件由更新版本的 Endpoint Desk 写入；将按原样使用。</translation>
    </message>
    <message>
        <source>The program ended before the cloud answered; the request may have been carried out.</source>
        <translation>程序在云服务应答前已退出；请求可能已执行。</translation>
    </message>
    <message>
        <source>The request could not be recorded in the history</source>
        <translation>无法将该请求记入历史记录</translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the history</source>
        <translation>无法将结果记入历史记录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Exists (details unknown)</source>
        <translation>已存在（详情未知）</translation>
    </message>
    <message>
        <source>May exist</source>
        <translation>可能存在</translation>
    </message>
    <message>
        <source>The request went out but no clear answer came back: the endpoint may exist. Check in the console, or delete it.</source>
        <translation>请求已发出，但未收到明确的应答：下沉入口可能已存在。请在控制台中查看，或将其删除。</translation>
    </message>
    <message>
        <source>The cloud refused to create this endpoint because it already exists. This program has no record of creating it (it was made in the console or another tool, or an earlier create got no answer), so its IPs and domain name are unknown. It can be deleted.</source>
        <translation>该下沉入口已存在，云服务拒绝再次创建。本程序没有创建它的记录（它是在控制台或其他工具中创建的，或之前的创建请求未收到应答），因此其 IP 和域名未知。可以将其删除。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The agency (or you, without one) needs these permissions: %1</source>
        <translation>委托（未指定委托时为您本人）需要以下权限：%1</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>应答不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>Expected a list of agencies, but the answer is not a JSON array.</source>
        <translation>应为委托列表，但应答不是 JSON 数组。</translation>
    </message>
    <message>
        <source>Expected a &quot;%1&quot; list in the answer, but there is none.</source>
        <translation>应答中应有“%1”列表，但没有找到。</translation>
    </message>
    <message>
        <source>Entry %1 of the list has no usable %2.</source>
        <translation>列表第 %1 项没有可用的 %2。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Free IP addresses</source>
        <translation>可用 IP 地址数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>VPCs</source>
        <translation>虚拟私有云</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 does not exist. Choose the file again under Profiles, or clear the CA file field to trust the system&apos;s certificates only.</source>
        <translation>配置文件的 CA 文件 %1 不存在。请在“配置文件”中重新选择该文件，或清空 CA 文件一栏以仅信任系统证书。</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 is a folder. Choose the certificate file itself under Profiles.</source>
        <translation>配置文件的 CA 文件 %1 是一个文件夹。请在“配置文件”中选择证书文件本身。</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 is too large (%2 MiB) to be a certificate file. Choose the certificate file under Profiles.</source>
        <translation>配置文件的 CA 文件 %1 太大（%2 MiB），不可能是证书文件。请在“配置文件”中选择证书文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 cannot be read: %2. Check its permissions, or choose another file under Profiles.</source>
        <translation>无法读取配置文件的 CA 文件 %1：%2。请检查其权限，或在“配置文件”中选择其他文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 holds no certificate. It must contain one or more certificates in PEM form (&quot;-----BEGIN CERTIFICATE-----&quot;) or one in DER form; choose another file under Profiles.</source>
        <translation>配置文件的 CA 文件 %1 中没有证书。它必须包含一个或多个 PEM 格式（“-----BEGIN CERTIFICATE-----”）的证书，或一个 DER 格式的证书；请在“配置文件”中选择其他文件。</translation>
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1 的证书，由 %2 颁发，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
    <message>
        <source>The answer was larger than %1 KiB.</source>
        <translation>应答超过 %1 KiB。</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>未在规定时间内收到应答。</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>Enter a full address such as https://gateway.example.com.</source>
        <translation>请输入完整地址，例如 https://gateway.example.com。</translation>
    </message>
    <message>
        <source>Plain http:// would send credentials unencrypted; it is allowed only to this computer (127.0.0.1, localhost). Use https://.</source>
        <translation>普通 http:// 会以明文发送凭证，仅允许用于本机（127.0.0.1、localhost）。请使用 https://。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The address %1 is not valid.</source>
        <translation>地址 %1 无效。</translation>
    </message>
    <message>
        <source>Refused to send to %1: only https:// is used, except to this computer.</source>
        <translation>已拒绝发送到 %1：除本机外只使用 https://。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>该文件不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The file is not an Endpoint Desk profile export.</source>
        <translation>该文件不是 Endpoint Desk 导出的配置文件。</translation>
    </message>
    <message>
        <source>The export&apos;s version is missing or not a number.</source>
        <translation>导出文件的版本缺失或不是数字。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Endpoint Desk; only what this version understands is imported.</source>
        <translation>该文件由更新版本的 Endpoint Desk 写入；只导入本版本能识别的内容。</translation>
    </message>
    <message>
        <source>The file has no list of profiles.</source>
        <translation>该文件中没有配置文件列表。</translation>
    </message>
    <message>
        <source>Unknown field, ignored.</source>
        <translation>未知字段，已忽略。</translation>
    </message>
    <message>
        <source>This entry is not a profile object.</source>
        <translation>该条目不是配置文件对象。</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>Secrets are never imported; enter it after importing.</source>
        <translation>密钥信息从不导入；请在导入后输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known sign-in method.</source>
        <translation>“%1”不是已知的登录方式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy mode (system, none, manual).</source>
        <translation>“%1”不是有效的代理模式（system、none、manual）。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; this one is imported as &quot;%2&quot;.</source>
        <translation>名为“%1”的配置文件已存在；此配置文件将以“%2”导入。</translation>
    </message>
    <message>
        <source>it is not a valid settings file</source>
        <translation>它不是有效的设置文件</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (%2) and could not be moved aside. Changes to profiles will not be saved until it is repaired or removed.</source>
        <translation>设置文件 %1 已损坏（%2），且无法移走。在修复或删除该文件之前，对配置文件的更改不会被保存。</translation>
    </message>
    <message numerus="yes">
        <source>The settings file %1 was damaged (%2). It was moved to %3 and %n profile(s) could be kept.</source>
        <translation>
            <numerusform>设置文件 %1 已损坏（%2）。它已移至 %3，保留了 %n 个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profiles were saved by a newer version of Endpoint Desk. They are shown as far as this version understands them, and changes are not saved, so nothing of theirs is lost.</source>
        <translation>这些配置文件由更新版本的 Endpoint Desk 保存。本版本只显示能识别的内容，且不保存更改，因此不会丢失任何信息。</translation>
    </message>
    <message>
        <source>Profiles cannot be changed: the settings file was written by a newer version of Endpoint Desk or is damaged.</source>
        <translation>无法更改配置文件：设置文件由更新版本的 Endpoint Desk 写入，或已损坏。</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation>无法将配置文件保存到 %1。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>配置文件名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A profile name can be at most 100 characters long.</source>
        <translation>配置文件名称最多 100 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>配置文件名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>Enter a number of seconds from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, from 1 to 65535.</source>
        <translation>请输入代理端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>The window&apos;s size and place are not saved: the settings file was written by a newer version of Endpoint Desk or is damaged.</source>
        <translation>不保存窗口的大小和位置：设置文件由更新版本的 Endpoint Desk 写入，或已损坏。</translation>
    </message>
    <message>
        <source>The window&apos;s size and place could not be saved to %1.</source>
        <translation>无法将窗口的大小和位置保存到 %1。</translation>
    </message>
    <message>
        <source>No keychain service answered. As this profile allows it, the secret was written to the settings file UNENCRYPTED; anyone who can read that file can read it. The file is now readable by you only.</source>
        <translation>没有密钥环服务应答。由于此配置文件允许，密钥信息已以【未加密】形式写入设置文件；任何能读取该文件的人都能读取它。该文件现在仅您本人可读。</translation>
    </message>
    <message>
        <source>Secrets cannot be written to the settings file: it was written by a newer version of Endpoint Desk or is damaged.</source>
        <translation>无法将密钥信息写入设置文件：该文件由更新版本的 Endpoint Desk 写入，或已损坏。</translation>
    </message>
    <message>
        <source>The secret could not be written to %1.</source>
        <translation>无法将密钥信息写入 %1。</translation>
    </message>
    <message>
        <source>No keychain service answered, so the secret is kept for this session only. It will be asked for again after Endpoint Desk is restarted.</source>
        <translation>没有密钥环服务应答，因此密钥信息只在本次会话中保留。重新启动 Endpoint Desk 后需要再次输入。</translation>
    </message>
    <message>
        <source>No keychain service answered, so saved secrets cannot be read.</source>
        <translation>没有密钥环服务应答，因此无法读取已保存的密钥信息。</translation>
    </message>
    <message>
        <source>No keychain service answered, so a secret saved there earlier may still be in it.</source>
        <translation>没有密钥环服务应答，因此之前保存在其中的密钥信息可能仍然存在。</translation>
    </message>
    <message>
        <source>No keychain service answered, so secrets saved there could not be moved to the new name.</source>
        <translation>没有密钥环服务应答，因此其中保存的密钥信息无法移到新名称下。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start.</source>
        <translation>内置沙箱无法启动。</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>导出配置文件</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入配置文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords or keys.</source>
        <translation>
            <numerusform>已将 %n 个配置文件导出到 %1，不含密码和密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profiles file.</source>
        <translation>%1 太大，不可能是配置文件导出文件。</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置文件 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint override of profile &quot;%1&quot; held a user name and password, a query or a fragment. They are not sent or shown; save the profile to remove them from the settings file.</source>
        <translation>配置文件“%1”的自定义接入地址中含有用户名和密码、查询参数或片段。它们不会被发送或显示；保存该配置文件即可将其从设置文件中删除。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: it is stored and shown as typed. Sign in with the profile&apos;s credentials instead.</source>
        <translation>请从地址中删除用户名和密码：地址会按输入的样子保存和显示。请改用配置文件的凭证登录。</translation>
    </message>
    <message>
        <source>Remove the query (the part from &quot;?&quot;) from the address: it would be added to every call.</source>
        <translation>请从地址中删除查询参数（从“?”开始的部分）：它会被附加到每一次调用中。</translation>
    </message>
    <message>
        <source>Remove the fragment (the part from &quot;#&quot;) from the address.</source>
        <translation>请从地址中删除片段（从“#”开始的部分）。</translation>
    </message>
    <message>
        <source>Refused to send to %1: the address holds a user name or password.</source>
        <translation>拒绝发送到 %1：该地址中含有用户名或密码。</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>cn-north-9</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>cn-north-11</source>
        <translation>华北-乌兰察布-汽车一</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>cn-east-4</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>cn-south-4</source>
        <translation>华南-广州-友好用户环境</translation>
    </message>
    <message>
        <source>cn-southwest-3</source>
        <translation>cn-southwest-3</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>ap-southeast-5</translation>
    </message>
    <message>
        <source>my-kualalumpur-1</source>
        <translation>my-kualalumpur-1</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>ae-ad-1</source>
        <translation>ae-ad-1</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>eu-west-101</translation>
    </message>
    <message>
        <source>ru-moscow-1</source>
        <translation>ru-moscow-1</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id: it looks like &quot;cn-north-4&quot;, in lower case.</source>
        <translation>“%1”不是区域ID：区域ID形如“cn-north-4”，全部小写。</translation>
    </message>
    <message>
        <source>The token is %1&apos;s (account %2), for the whole account, valid until %3.</source>
        <translation>该 Token 属于 %1（账号 %2），适用于整个账号，有效期至 %3。</translation>
    </message>
    <message>
        <source>The token is %1&apos;s (account %2), for project %3, valid until %4.</source>
        <translation>该 Token 属于 %1（账号 %2），适用于项目 %3，有效期至 %4。</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>IAM does not accept this token: it has expired, was revoked, or was mistyped or cut short. Paste a new token (tokens last 24 hours), or sign in with a password.</source>
        <translation>IAM 不接受该 Token：它已过期、已被撤销，或输入有误、不完整。请粘贴新的 Token（Token 有效期为 24 小时），或改用密码登录。</translation>
    </message>
    <message>
        <source>IAM answered, but did not say whose the token is or when it expires.</source>
        <translation>IAM 已应答，但未告知该 Token 属于谁以及何时过期。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>未发送任何内容</translation>
    </message>
    <message>
        <source>Nothing was sent: the cloud could not be reached</source>
        <translation>未发送任何内容：无法连接云服务</translation>
    </message>
    <message>
        <source>The cloud refused: the endpoint already exists</source>
        <translation>云服务拒绝：下沉入口已存在</translation>
    </message>
    <message>
        <source>The cloud refused</source>
        <translation>云服务拒绝</translation>
    </message>
    <message>
        <source>No answer: the endpoint may exist</source>
        <translation>没有应答：下沉入口可能已存在</translation>
    </message>
    <message>
        <source>Probably created: the answer could not be read</source>
        <translation>很可能已创建：无法读取应答</translation>
    </message>
    <message>
        <source>Cancelled: the endpoint may exist</source>
        <translation>已取消：下沉入口可能已存在</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>Could not list %1: %2</source>
        <translation>无法列出%1：%2</translation>
    </message>
    <message>
        <source>Nothing arrived for %1 s, the read timeout. The timeout is set in the profile&apos;s settings (Profiles… ▸ Read timeout).</source>
        <translation>%1 秒（读取超时）内没有收到任何数据。超时时间在配置文件的设置中修改（配置文件… ▸ 读取超时）。</translation>
    </message>
    <message>
        <source>Could not connect to %1:%2 within the connect timeout of %3 s. The timeout is set in the profile&apos;s settings (Profiles… ▸ Connect timeout).</source>
        <translation>在 %3 秒的连接超时内无法连接到 %1:%2。超时时间在配置文件的设置中修改（配置文件… ▸ 连接超时）。</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent, before the cloud answered. It was not sent again.</source>
        <translation>请求发送后、云服务应答前连接已关闭。请求未重新发送。</translation>
    </message>
    <message>
        <source>The connection closed before the request was sent. It was not sent again.</source>
        <translation>请求发送前连接已关闭。请求未重新发送。</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>the headline of a result</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>VPC %1 is not among the VPCs listed for project %2.</source>
        <translation>虚拟私有云 %1 不在项目 %2 列出的虚拟私有云中。</translation>
    </message>
    <message numerus="yes">
        <source>The page was asked for %n more time(s) before giving up.</source>
        <translation>
            <numerusform>放弃前已重新请求该页 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The language could not be saved in the settings file %1.</source>
        <translation>无法在设置文件 %1 中保存语言。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; holds values that are refused; correct them under Profiles before saving it:
%2</source>
        <translation>配置文件“%1”含有不被接受的值；请先在“配置文件”中改正，然后再保存：
%2</translation>
    </message>
    <message>
        <source>The token is longer than %1 characters, more than any IAM token: it was not sent. Copy it again, whole and on its own.</source>
        <translation>令牌超过 %1 个字符，比任何 IAM 令牌都长：未发送。请重新完整地单独复制该令牌。</translation>
    </message>
    <message>
        <source>The answer&apos;s endpoints or address are not of the expected type.</source>
        <translation>应答中的 endpoints 或 address 类型不符合预期。</translation>
    </message>
    <message>
        <source>The profile&apos;s CA file %1 is not a regular file. Choose the certificate file itself under Profiles.</source>
        <translation>配置文件的 CA 文件 %1 不是普通文件。请在“配置文件”中选择证书文件本身。</translation>
    </message>
    <message>
        <source>Profiles are being imported already; wait until it ends.</source>
        <translation>正在导入配置文件；请等待导入结束。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot start or end with spaces or line breaks.</source>
        <translation>%1的开头或结尾不能有空格或换行。</translation>
    </message>
    <message>
        <source>%1 cannot contain control characters or line breaks.</source>
        <translation>%1不能包含控制字符或换行。</translation>
    </message>
    <message>
        <source>%1 may have at most 64 letters, digits, spaces and - _ . (no / or \).</source>
        <translation>%1最多 64 个字符，只能包含字母、数字、空格和 - _ .（不能有 / 或 \）。</translation>
    </message>
    <message>
        <source>The profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The endpoint override</source>
        <translation>自定义接入地址</translation>
    </message>
    <message>
        <source>The project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>The connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>The read timeout</source>
        <translation>读取超时</translation>
    </message>
    <message>
        <source>The proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>The proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>The IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>The MFA user ID</source>
        <translation>MFA 用户 ID</translation>
    </message>
    <message>
        <source>The access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>The default VPC ID</source>
        <translation>默认虚拟私有云 ID</translation>
    </message>
    <message>
        <source>The default subnet ID</source>
        <translation>默认子网 ID</translation>
    </message>
    <message>
        <source>The default flavor</source>
        <translation>默认规格</translation>
    </message>
    <message>
        <source>The default agency</source>
        <translation>默认委托</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>The MFA user ID is the IAM user&apos;s ID: 32 hexadecimal characters (0-9, a-f).</source>
        <translation>MFA 用户 ID 即 IAM 用户的 ID：32 个十六进制字符（0-9、a-f）。</translation>
    </message>
    <message>
        <source>The access key ID has only letters and digits (usually 20 of them).</source>
        <translation>访问密钥 ID 只包含字母和数字（通常为 20 个）。</translation>
    </message>
    <message>
        <source>The proxy host is a host name (letters, digits, - and .) or an IP address, without a scheme, port or path.</source>
        <translation>代理主机是主机名（字母、数字、- 和 .）或 IP 地址，不含协议、端口或路径。</translation>
    </message>
    <message>
        <source>Importing profiles…</source>
        <translation>正在导入配置文件…</translation>
    </message>
    <message>
        <source>The list of %1 could not be read: %2</source>
        <translation>无法读取%1列表：%2</translation>
    </message>
    <message>
        <source>The answer did not look like the cloud&apos;s. Check the endpoint address; the raw answer is kept below. You can still type the ID.</source>
        <translation>该应答看起来不像云服务的应答。请检查接入地址；原始应答保留在下方。您仍可手动输入ID。</translation>
    </message>
    <message>
        <source>The cloud returned the same page twice; listing stopped.</source>
        <translation>云服务两次返回了同一页，列举已停止。</translation>
    </message>
    <message>
        <source>These credentials may not list %1. You can still type the ID by hand.</source>
        <translation>这些凭证可能无权列举%1。您仍可手动输入ID。</translation>
    </message>
    <message numerus="yes">
        <source>Subnet %1 is not one of the %n subnets listed for VPC %2.</source>
        <comment>a subnet outside the listed subnets of its VPC</comment>
        <translation>
            <numerusform>子网 %1 不在为虚拟私有云 %2 列出的 %n 个子网之中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnet %1 belongs to VPC %2, not to the chosen VPC %3.</source>
        <translation>子网 %1 属于虚拟私有云 %2，而不是所选的虚拟私有云 %3。</translation>
    </message>
    <message>
        <source>Added the endpoint of subnet %1 to the record. Nothing was sent to the cloud; it can be deleted from here now.</source>
        <translation>已将子网 %1 的下沉入口加入记录。未向云端发送任何请求；现在可以在这里删除它。</translation>
    </message>
    <message>
        <source>The record lists an endpoint in subnet %1 already; nothing was changed.</source>
        <translation>记录中已有子网 %1 的下沉入口；未作任何更改。</translation>
    </message>
    <message>
        <source>The endpoint could not be added: the record could not be written.</source>
        <translation>无法添加该下沉入口：无法写入记录。</translation>
    </message>
    <message>
        <source>Add existing</source>
        <translation>添加已有</translation>
    </message>
    <message>
        <source>The endpoint could not be added to the record</source>
        <translation>无法将该下沉入口加入记录</translation>
    </message>
    <message>
        <source>The endpoints could not be added to the record</source>
        <translation>无法将这些下沉入口加入记录</translation>
    </message>
    <message>
        <source>%1 is not text.</source>
        <translation>%1 不是文本。</translation>
    </message>
    <message>
        <source>%1 is too long or holds a line break.</source>
        <translation>%1 过长或含有换行符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region ID.</source>
        <translation>“%1”不是区域ID。</translation>
    </message>
    <message>
        <source>The project ID is not 32 hexadecimal characters.</source>
        <translation>项目ID不是 32 位十六进制字符。</translation>
    </message>
    <message>
        <source>The VPC or subnet ID is not an ID the cloud gives.</source>
        <translation>虚拟私有云ID或子网ID不是云服务分配的ID格式。</translation>
    </message>
    <message>
        <source>ips is not a list.</source>
        <translation>ips 不是列表。</translation>
    </message>
    <message>
        <source>ips lists too many addresses.</source>
        <translation>ips 列出的地址过多。</translation>
    </message>
    <message>
        <source>ips holds something that is not an IP address.</source>
        <translation>ips 中含有不是 IP 地址的内容。</translation>
    </message>
    <message>
        <source>A time is not in the ISO 8601 form.</source>
        <translation>某个时间不符合 ISO 8601 格式。</translation>
    </message>
    <message>
        <source>The file is not a record exported by Endpoint Desk (Endpoints ▸ Export…, as JSON).</source>
        <translation>该文件不是 Endpoint Desk 导出的记录（下沉入口 ▸ 导出…，JSON 格式）。</translation>
    </message>
    <message>
        <source>Not an endpoint object.</source>
        <translation>不是下沉入口对象。</translation>
    </message>
    <message>
        <source>Endpoint %1: %2</source>
        <translation>下沉入口 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to be an exported record.</source>
        <translation>%1 过大，不可能是导出的记录。</translation>
    </message>
    <message>
        <source>Nothing was added: the record could not be written.</source>
        <translation>未添加任何内容：无法写入记录。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n endpoint(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 添加 %n 个下沉入口。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in this record, and kept as they were: %n.</source>
        <translation>
            <numerusform>记录中已有、保持原样的：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, with the reason: %n.</source>
        <translation>
            <numerusform>未导入（原因如下）：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopted (not created here)</source>
        <translation>已纳管（非本程序创建）</translation>
    </message>
    <message>
        <source>Made elsewhere (the console, KooCLI or Terraform) and added to this record by hand, so that it can be deleted here. Its IPs and domain name are not known.</source>
        <translation>在别处（控制台、KooCLI 或 Terraform）创建，并手动加入本记录，以便在这里删除。其 IP 和域名未知。</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>The proxy user has at most 256 characters and no colon (:).</source>
        <translation>代理用户名最多 256 个字符，且不能含有冒号（:）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n KooCLI profile(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个 KooCLI 配置</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported, needs a secret</source>
        <translation>已导入，需要输入密钥</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>IPv4 subnet ID</source>
        <translation>IPv4子网ID</translation>
    </message>
    <message>
        <source>That was the IPv4 subnet ID of subnet %1; its subnet ID %2 is used instead, as the cloud requires.</source>
        <translation>这是子网 %1 的 IPv4子网ID；按云服务的要求，已改用其子网ID %2。</translation>
    </message>
    <message>
        <source>Subnet %1 is the one with subnet ID %2.</source>
        <translation>子网 %1 的子网ID为 %2，已改用该 ID。</translation>
    </message>
    <message numerus="yes">
        <source>%n subnets are named %1: pick one from the list.</source>
        <translation>
            <numerusform>有 %n 个子网名为 %1：请从列表中选择一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>It signs in by taking on an agency of another account, which Endpoint Desk cannot do. Create an access key or an IAM user in that account and add a profile for it.</source>
        <translation>它通过委托以另一个账号的身份登录，Endpoint Desk 无法这样做。请在该账号中创建访问密钥或 IAM 用户，并为其添加配置文件。</translation>
    </message>
    <message>
        <source>It takes temporary keys from the ECS server it runs on, which only works on that server.</source>
        <translation>它从所在的 ECS 服务器获取临时密钥，只能在该服务器上使用。</translation>
    </message>
    <message>
        <source>It signs in through single sign-on in a web browser, which Endpoint Desk does not support.</source>
        <translation>它在网页浏览器中通过单点登录（SSO）登录，Endpoint Desk 不支持这种方式。</translation>
    </message>
    <message>
        <source>It names no mode.</source>
        <translation>它没有指定认证模式。</translation>
    </message>
    <message>
        <source>Its mode &quot;%1&quot; is not one KooCLI documents.</source>
        <translation>其认证模式“%1”不在 KooCLI 文档所列之中。</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>securitytoken</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 is too large to be KooCLI&apos;s configuration.</source>
        <translation>%1 太大，不可能是 KooCLI 的配置文件。</translation>
    </message>
    <message>
        <source>This is not KooCLI&apos;s configuration: the JSON is damaged at byte %1 (%2).</source>
        <translation>这不是 KooCLI 的配置文件：JSON 在第 %1 字节处损坏（%2）。</translation>
    </message>
    <message>
        <source>This is not KooCLI&apos;s configuration: it has no list of profiles.</source>
        <translation>这不是 KooCLI 的配置文件：其中没有配置项列表（profiles）。</translation>
    </message>
    <message>
        <source>It is not a profile: the entry is not a JSON object.</source>
        <translation>这不是配置项：该条目不是 JSON 对象。</translation>
    </message>
    <message>
        <source>It names no region. Set one in KooCLI, or add the profile by hand.</source>
        <translation>它没有指定区域。请在 KooCLI 中设置区域，或手动添加该配置文件。</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;: a profile named &quot;%2&quot; exists already.</source>
        <translation>已保存为“%1”：名为“%2”的配置文件已存在。</translation>
    </message>
    <message>
        <source>Its project ID is not one, so it was left out: pick the project after signing in.</source>
        <translation>其项目 ID 无效，已略去：请在登录后选择项目。</translation>
    </message>
    <message>
        <source>KooCLI skips certificate checks for this profile; Endpoint Desk always checks them.</source>
        <translation>KooCLI 对此配置项跳过证书校验；Endpoint Desk 始终校验证书。</translation>
    </message>
    <message>
        <source>Its access key ID could not be read: enter it in Profiles.</source>
        <translation>无法读取其访问密钥 ID：请在“配置文件”中输入。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Enter the %1 in Profiles: KooCLI&apos;s file does not hold it.</source>
        <translation>请在“配置文件”中输入%1：KooCLI 的文件中没有它。</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>read timeout</source>
        <translation>读取超时</translation>
    </message>
    <message>
        <source>Its %1 is not a number of seconds from 1 to %2: the default of %3 seconds is used.</source>
        <translation>其%1不是 1 到 %2 之间的秒数：已使用默认值 %3 秒。</translation>
    </message>
    <message numerus="yes">
        <source>secrets to enter: %n</source>
        <translation>
            <numerusform>需输入密钥：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped: %n.</source>
        <translation>
            <numerusform>已跳过：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another request is on its way: wait for its answer first.</source>
        <translation>另一个请求正在进行中：请先等待其应答。</translation>
    </message>
    <message>
        <source>Not sent: the row is no longer valid for this profile.</source>
        <translation>未发送：该行对此配置文件已不再有效。</translation>
    </message>
    <message>
        <source>Wait for the rows on their way, or cancel them, first.</source>
        <translation>请先等待正在发送的行完成，或将其取消。</translation>
    </message>
    <message>
        <source>The rows are being created.</source>
        <translation>正在创建各行。</translation>
    </message>
    <message>
        <source>Wait until every row is checked.</source>
        <translation>请等待所有行检查完毕。</translation>
    </message>
    <message>
        <source>No row is ready to create.</source>
        <translation>没有可以创建的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n 行就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n 行无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n 行已创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existed already</source>
        <translation>
            <numerusform>%n 行已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 行未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>The file is larger than %1: split it into smaller files.</source>
        <translation>文件大于 %1：请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件不是 UTF-8 文本：请在电子表格中将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is named twice in the first line.</source>
        <translation>第一行中列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The first line must name the columns: region (optional), project, vpc, subnet, flavor and agency (both optional), separated by commas, semicolons or tabs.</source>
        <translation>第一行必须写明列名：区域（region，可选）、项目（project）、虚拟私有云（vpc）、子网（subnet）、规格（flavor）和委托（agency，这两项可选），以逗号、分号或制表符分隔。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not used.</source>
        <translation>列“%1”未被使用。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows: split it into smaller files.</source>
        <translation>文件超过 %1 行：请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows.</source>
        <translation>文件写明了列名，但没有数据行。</translation>
    </message>
    <message>
        <source>A quoted value that starts on this row is never closed.</source>
        <translation>从此行开始的带引号的值没有闭合。</translation>
    </message>
    <message>
        <source>This row has %1 values but the first line names %2 columns.</source>
        <translation>此行有 %1 个值，但第一行只写明了 %2 列。</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>the line of a row in its file</comment>
        <translation>行号</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Exists</source>
        <comment>an endpoint that was there already</comment>
        <translation>已存在</translation>
    </message>
    <message>
        <source>No project in this region is named &quot;%1&quot;.</source>
        <translation>此区域中没有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>No VPC in this project is named &quot;%1&quot;.</source>
        <translation>此项目中没有名为“%1”的虚拟私有云。</translation>
    </message>
    <message>
        <source>No subnet in this VPC is named &quot;%1&quot;.</source>
        <translation>此虚拟私有云中没有名为“%1”的子网。</translation>
    </message>
    <message numerus="yes">
        <source>%n projects are named &quot;%1&quot;: give the project ID instead.</source>
        <translation>
            <numerusform>有 %n 个项目名为“%1”：请改填项目 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VPCs are named &quot;%1&quot;: give the VPC ID instead.</source>
        <translation>
            <numerusform>有 %n 个虚拟私有云名为“%1”：请改填虚拟私有云 ID。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subnets are named &quot;%1&quot;: give the subnet ID instead.</source>
        <translation>
            <numerusform>有 %n 个子网名为“%1”：请改填子网 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>This row is for region %1 and the profile is in %2: create it with a profile in %1.</source>
        <translation>此行属于区域 %1，而配置文件位于 %2：请使用 %1 的配置文件创建此行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be looked up: %2</source>
        <comment>a name, why</comment>
        <translation>无法查找“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field, its problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The same endpoint as line %1.</source>
        <translation>与第 %1 行的下沉入口相同。</translation>
    </message>
    <message>
        <source>Not sent: cancelled</source>
        <translation>未发送：已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a headline and its details</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter the %1 in Profiles: KooCLI keeps its secrets encrypted with a key that only its own installation can read.</source>
        <translation>请在“配置文件”中输入%1：KooCLI 用只有其自身安装才能读取的密钥加密保存这些密钥。</translation>
    </message>
    <message>
        <source>Enter the %1 in Profiles: what KooCLI&apos;s file holds expired on %2.</source>
        <translation>请在“配置文件”中输入%1：KooCLI 文件中保存的已于 %2 过期。</translation>
    </message>
    <message>
        <source>The shared record on %1 cannot be reached, so nothing can be created or deleted until it can: %2</source>
        <translation>无法连接 %1 上的共享记录，在恢复连接之前不能创建或删除：%2</translation>
    </message>
    <message>
        <source>the endpoint&apos;s place could not be claimed</source>
        <translation>无法占用该下沉入口的位置</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>The shared record was set up by a newer version of Endpoint Desk; it is used as it is.</source>
        <translation>共享记录由更新版本的 Endpoint Desk 建立，将按原样使用。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>%1; deleted by %2</source>
        <translation>%1；由 %2 删除</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>The record server&apos;s host</source>
        <translation>记录服务器的主机</translation>
    </message>
    <message>
        <source>The record server&apos;s port</source>
        <translation>记录服务器的端口</translation>
    </message>
    <message>
        <source>The record database</source>
        <translation>记录数据库</translation>
    </message>
    <message>
        <source>The record user</source>
        <translation>记录用户</translation>
    </message>
    <message>
        <source>The record server&apos;s TLS</source>
        <translation>记录服务器的 TLS</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file</source>
        <translation>记录服务器的 CA 文件</translation>
    </message>
    <message>
        <source>The Unix socket folder of the record server has no spaces and at most %1 bytes, like /var/run/postgresql.</source>
        <translation>记录服务器的 Unix 套接字目录不能含空格，且最多 %1 字节，例如 /var/run/postgresql。</translation>
    </message>
    <message>
        <source>The record server&apos;s host is a host name (letters, digits, - and .), an IP address, or the folder of its Unix socket (starting with /), without a scheme, port or spaces.</source>
        <translation>记录服务器的主机是主机名（字母、数字、- 和 .）、IP 地址或其 Unix 套接字目录（以 / 开头），不含协议、端口或空格。</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file %1 does not exist.</source>
        <translation>记录服务器的 CA 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file %1 is not a file. Choose the certificate file itself.</source>
        <translation>记录服务器的 CA 文件 %1 不是文件。请选择证书文件本身。</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file %1 is too large (more than %2 MiB) to be a certificate file.</source>
        <translation>记录服务器的 CA 文件 %1 过大（超过 %2 MiB），不可能是证书文件。</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file %1 cannot be read: %2.</source>
        <translation>无法读取记录服务器的 CA 文件 %1：%2。</translation>
    </message>
    <message>
        <source>The record server&apos;s CA file %1 holds no certificate in PEM form (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>记录服务器的 CA 文件 %1 中没有 PEM 格式的证书（“-----BEGIN CERTIFICATE-----”）。</translation>
    </message>
    <message>
        <source>Enter the record server&apos;s port, from 1 to 65535.</source>
        <translation>请输入记录服务器的端口，范围 1 到 65535。</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long.</source>
        <translation>%1 最多 %2 字节。</translation>
    </message>
    <message>
        <source>Enter the record database&apos;s name.</source>
        <translation>请输入记录数据库的名称。</translation>
    </message>
    <message>
        <source>Enter the record user.</source>
        <translation>请输入记录用户。</translation>
    </message>
    <message>
        <source>Turn on TLS for the record server: without it the password and every endpoint cross the network readable, and anyone on the way could pose as the server. Only a server on this computer (localhost, 127.0.0.1, ::1 or a Unix socket folder) may be reached without TLS.</source>
        <translation>请为记录服务器开启 TLS：否则密码和每个下沉入口都会以明文经过网络，途中任何人都可以冒充该服务器。只有本机上的服务器（localhost、127.0.0.1、::1 或 Unix 套接字目录）可以不用 TLS 连接。</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Shared record on %1, updated at %2: colleagues&apos; creates and deletes appear as they happen.</source>
        <translation>共享记录位于 %1，更新于 %2：同事的创建和删除会即时显示。</translation>
    </message>
    <message>
        <source>The shared record on %1 cannot be reached: what is shown was read at %2 and may be out of date. Creating and deleting wait until it is back.</source>
        <translation>无法连接 %1 上的共享记录：所显示的内容读取于 %2，可能已过时。恢复连接后才能创建和删除。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>尚未连接上</translation>
    </message>
    <message>
        <source>Connecting to the shared record on %1…</source>
        <translation>正在连接 %1 上的共享记录…</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::AboutDialog</name>
    <message>
        <source>About Endpoint Desk</source>
        <translation>关于 Endpoint Desk</translation>
    </message>
    <message>
        <source>Creates and tracks Huawei Cloud FunctionGraph VPC endpoints.</source>
        <translation>创建并跟踪华为云函数工作流（FunctionGraph）的下沉入口。</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Runs on Qt %1 (built with Qt %2)</source>
        <translation>运行于 Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>Homepage: %1&lt;br&gt;Report a problem: %2</source>
        <translation>主页：%1&lt;br&gt;报告问题：%2</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::AdoptEndpointDialog</name>
    <message>
        <source>Add existing endpoint</source>
        <translation>添加已有下沉入口</translation>
    </message>
    <message>
        <source>Add an endpoint made in the console, KooCLI or Terraform to this record, so that it can be seen and deleted here. Pick its place from the lists or type the IDs. Nothing is sent to the cloud.</source>
        <translation>将在控制台、KooCLI 或 Terraform 中创建的下沉入口加入本记录，以便在这里查看和删除。可从列表中选择其位置，或输入各项ID。不会向云端发送任何请求。</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>虚拟私有云ID(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Subnet ID:</source>
        <translation>子网ID(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add to record</source>
        <translation>加入记录(&amp;A)</translation>
    </message>
    <message>
        <source>Add to record</source>
        <translation>加入记录</translation>
    </message>
    <message>
        <source>Pick, or type the ID</source>
        <translation>选择，或输入ID</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::AppSession</name>
    <message>
        <source>Endpoint Desk - Sandbox</source>
        <translation>Endpoint Desk - 沙箱</translation>
    </message>
    <message>
        <source>Endpoint Desk</source>
        <translation>Endpoint Desk</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::AuthFieldsWidget</name>
    <message>
        <source>Auth &amp;method:</source>
        <translation>认证方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Token(&amp;T)：</translation>
    </message>
    <message>
        <source>An IAM token (X-Subject-Token), pasted as one line. It cannot be renewed by the program.</source>
        <translation>IAM Token（X-Subject-Token），粘贴为一行。本程序无法为其续期。</translation>
    </message>
    <message>
        <source>The account the IAM user belongs to (for the account itself, its own name).</source>
        <translation>IAM用户所属的账号（以账号本身登录时，填写账号自己的名称）。</translation>
    </message>
    <message>
        <source>IAM user &amp;name:</source>
        <translation>IAM用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>The IAM user name (for the account itself, the account name again).</source>
        <translation>IAM用户名（以账号本身登录时，再次填写账号名）。</translation>
    </message>
    <message>
        <source>Needed with an MFA code: the IAM user ID shown in My Credentials.</source>
        <translation>使用 MFA 验证码时需要：即“我的凭证”中显示的IAM用户ID。</translation>
    </message>
    <message>
        <source>The current 6-digit code from the virtual MFA app, when the user has MFA login protection.</source>
        <translation>用户开启了 MFA 登录保护时，填写虚拟 MFA 应用中当前的 6 位验证码。</translation>
    </message>
    <message>
        <source>The access key ID (AK) from My Credentials.</source>
        <translation>“我的凭证”中的访问密钥ID（AK）。</translation>
    </message>
    <message>
        <source>The secret access key (SK) that belongs to the access key.</source>
        <translation>与该访问密钥对应的秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The security token that came with the temporary access key and secret key.</source>
        <translation>随临时访问密钥（AK/SK）一同获取的 securitytoken。</translation>
    </message>
    <message>
        <source>Accoun&amp;t name:</source>
        <translation>账号名(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>MFA &amp;user ID:</source>
        <translation>MFA用户ID(&amp;U)：</translation>
    </message>
    <message>
        <source>MFA co&amp;de:</source>
        <translation>MFA验证码(&amp;D)：</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>访问密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Secre&amp;t key:</source>
        <translation>秘密访问密钥(&amp;T)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity token:</source>
        <translation>securitytoken(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::BatchMenu</name>
    <message>
        <source>Create from &amp;file…</source>
        <translation>从文件创建(&amp;F)…</translation>
    </message>
    <message>
        <source>Create many endpoints from the rows of a CSV file</source>
        <translation>根据 CSV 文件的各行创建多个下沉入口</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ConnectionBar</name>
    <message>
        <source>The saved connection: region, project and how to sign in.</source>
        <translation>保存的连接信息：区域、项目和登录方式。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the connection and sign-in details in this profile (Ctrl+S)</source>
        <translation>将连接和登录信息保存到此配置文件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>配置文件…</translation>
    </message>
    <message>
        <source>Create, rename, duplicate and delete profiles</source>
        <translation>创建、重命名、复制和删除配置文件</translation>
    </message>
    <message>
        <source>Endpoint &amp;override:</source>
        <translation>自定义接入地址(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional: one base URL for every service call, e.g. https://gateway.example.com</source>
        <translation>可选：所有服务调用使用的同一个基础 URL，例如 https://gateway.example.com</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>S&amp;ign in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Endpoint override problem</source>
        <translation>自定义接入地址问题</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>更换区域</translation>
    </message>
    <message>
        <source>Profi&amp;le:</source>
        <translation>配置文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::CreateFromFileDialog</name>
    <message>
        <source>Create from file</source>
        <translation>从文件创建</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>A CSV file: region (optional), project, vpc, subnet, flavor, agency</source>
        <translation>CSV 文件，列为：区域（可选）、项目、虚拟私有云、子网、规格、委托</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Create &amp;all</source>
        <translation>全部创建(&amp;A)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a CSV file, or paste rows from a spreadsheet into a file, then load it.</source>
        <translation>请选择一个 CSV 文件（也可将电子表格中的行粘贴到文件中），然后加载。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The results were written to %1.</source>
        <translation>结果已写入 %1。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Cancelling: the row on its way finishes first.</source>
        <translation>正在取消：正在发送的行会先完成。</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::EndpointForm</name>
    <message>
        <source>The project the endpoint belongs to: 32 hexadecimal characters.</source>
        <translation>下沉入口所属的项目：32 位十六进制字符。</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>虚拟私有云ID(&amp;V)：</translation>
    </message>
    <message>
        <source>The VPC to connect to the endpoint.</source>
        <translation>要连接到下沉入口的虚拟私有云。</translation>
    </message>
    <message>
        <source>&amp;Subnet ID:</source>
        <translation>子网ID(&amp;S)：</translation>
    </message>
    <message>
        <source>A subnet of the chosen VPC; the endpoint&apos;s addresses come from it.</source>
        <translation>所选虚拟私有云中的子网；下沉入口的地址从中分配。</translation>
    </message>
    <message>
        <source>Optional. Left empty, the cloud uses its default, the large specification.</source>
        <translation>可选。留空时，云服务使用默认值，即大规格。</translation>
    </message>
    <message>
        <source>Optional. An IAM agency trusted by FunctionGraph, used to create the endpoint.</source>
        <translation>可选。授权给函数工作流的 IAM 委托，用于创建下沉入口。</translation>
    </message>
    <message>
        <source>default (large)</source>
        <translation>默认（大规格）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> problem</source>
        <translation> 问题</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Fl&amp;avor:</source>
        <translation>规格(&amp;A)：</translation>
    </message>
    <message>
        <source>Agenc&amp;y:</source>
        <translation>委托(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::EndpointRecorder</name>
    <message>
        <source>Another request is on its way: wait for its answer first.</source>
        <translation>另一个请求正在进行中：请先等待其应答。</translation>
    </message>
    <message>
        <source>This endpoint is being created by %1 (profile %2) since %3, so nothing was sent.</source>
        <translation>%1（配置文件 %2）自 %3 起正在创建此下沉入口，因此未发送任何请求。</translation>
    </message>
    <message>
        <source>This endpoint is being deleted by %1 (profile %2) since %3, so nothing was sent.</source>
        <translation>%1（配置文件 %2）自 %3 起正在删除此下沉入口，因此未发送任何请求。</translation>
    </message>
    <message>
        <source>The create could not be recorded in the history, so it was not sent.</source>
        <translation>无法在历史记录中记下此创建请求，因此未发送。</translation>
    </message>
    <message>
        <source>The delete could not be recorded in the history, so it was not sent.</source>
        <translation>无法在历史记录中记下此删除请求，因此未发送。</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::HelpMenu</name>
    <message>
        <source>&amp;Leave the sandbox</source>
        <translation>离开沙箱(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>试用沙箱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Open the README on the project&apos;s homepage</source>
        <translation>打开项目主页上的说明文档</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::InventoryView</name>
    <message>
        <source>&amp;Endpoints known to this program:</source>
        <translation>本程序已知的下沉入口(&amp;E)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the endpoints and the history as CSV or JSON</source>
        <translation>将下沉入口和历史记录保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Delete endpoint</source>
        <translation>删除下沉入口(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected endpoint in the cloud, with the current connection</source>
        <translation>使用当前连接在云端删除所选的下沉入口</translation>
    </message>
    <message>
        <source>History of re&amp;quests:</source>
        <translation>请求历史(&amp;Q)：</translation>
    </message>
    <message>
        <source>Deleting the endpoint…</source>
        <translation>正在删除下沉入口…</translation>
    </message>
    <message>
        <source>VPC endpoint for subnet %1 was already gone; it is marked deleted.</source>
        <translation>子网 %1 的下沉入口已不存在；已将其标记为已删除。</translation>
    </message>
    <message>
        <source>Deleted the VPC endpoint of VPC %1, subnet %2.</source>
        <translation>已删除虚拟私有云 %1、子网 %2 的下沉入口。</translation>
    </message>
    <message>
        <source>Cancelled before the delete was sent: nothing changed.</source>
        <translation>删除请求发送前已取消：没有任何更改。</translation>
    </message>
    <message>
        <source>Cancelled. The delete may still have reached the cloud: the endpoint is marked &quot;may exist&quot;.</source>
        <translation>已取消。删除请求可能仍已到达云端：该下沉入口已标记为“可能存在”。</translation>
    </message>
    <message>
        <source>The delete failed: %1 %2</source>
        <translation>删除失败：%1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export endpoints and history</source>
        <translation>导出下沉入口和历史记录</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>&amp;Add existing endpoint…</source>
        <translation>添加已有下沉入口(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an endpoint made in the console, KooCLI or Terraform to this record, so that it can be deleted here</source>
        <translation>将在控制台、KooCLI 或 Terraform 中创建的下沉入口加入本记录，以便在这里删除</translation>
    </message>
    <message>
        <source>&amp;Import endpoints…</source>
        <translation>导入下沉入口(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the endpoints of a record another Endpoint Desk exported as JSON; those listed here already stay as they are</source>
        <translation>添加另一个 Endpoint Desk 以 JSON 导出的记录中的下沉入口；本记录中已有的保持不变</translation>
    </message>
    <message>
        <source>Import endpoints</source>
        <translation>导入下沉入口</translation>
    </message>
    <message>
        <source>&amp;Copy as KooCLI command</source>
        <translation>复制为 KooCLI 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the delete of the selected endpoint as an hcloud command line, without any secret</source>
        <translation>将删除所选下沉入口的操作复制为 hcloud 命令行，不含任何密钥</translation>
    </message>
    <message>
        <source>Copied the delete as a KooCLI command; it holds no secret.</source>
        <translation>已将删除操作复制为 KooCLI 命令；其中不含密钥。</translation>
    </message>
    <message>
        <source>Exported record (*.json);;All files (*)</source>
        <translation>导出的记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Only those I &amp;made</source>
        <translation>仅显示我创建的(&amp;M)</translation>
    </message>
    <message>
        <source>Show only the endpoints you created or added, not your colleagues&apos;</source>
        <translation>只显示您创建或添加的下沉入口，不显示同事的</translation>
    </message>
    <message>
        <source>Filter by ID, name or domain name</source>
        <translation>按 ID、名称或域名筛选</translation>
    </message>
    <message>
        <source>Show only the endpoints whose project, VPC or subnet ID or name, domain name or creator contains this text, whatever its case</source>
        <translation>只显示项目、VPC 或子网的 ID 或名称、域名或创建者中包含此文字的下沉入口，不区分大小写</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::KooCliActions</name>
    <message>
        <source>Import KooCLI profiles</source>
        <translation>导入 KooCLI 配置</translation>
    </message>
    <message>
        <source>KooCLI configuration (config.json);;JSON files (*.json);;All files (*)</source>
        <translation>KooCLI 配置 (config.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>KooCLI profiles are being imported already.</source>
        <translation>正在导入 KooCLI 配置。</translation>
    </message>
    <message>
        <source>Copied the request as a KooCLI command; it holds no secret: KooCLI signs with its own profile.</source>
        <translation>已将请求复制为 KooCLI 命令；其中不含密钥：KooCLI 使用自己的配置签名。</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::KooCliImportDialog</name>
    <message>
        <source>KooCLI profiles</source>
        <translation>KooCLI 配置</translation>
    </message>
    <message>
        <source>KooCLI import summary</source>
        <translation>KooCLI 导入摘要</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>KooCLI mode</source>
        <translation>KooCLI 认证模式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::MainWindow</name>
    <message>
        <source>Endpoint Desk</source>
        <translation>Endpoint Desk</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>VPC endpoint</source>
        <translatorcomment>VPC endpoint: 下沉入口, the term of FunctionGraph&apos;s own API and console (创建下沉入口 / 删除下沉入口), which is the call this program makes. VPC终端节点 is the VPC Endpoint service&apos;s name for the resource the call sets up, and 终端节点 alone also means an API host address, which the &quot;Endpoint override&quot; field is about; so the override is 自定义接入地址, never 终端节点.</translatorcomment>
        <translation>下沉入口</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>停止等待应答（Esc）</translation>
    </message>
    <message>
        <source>&amp;Create endpoint</source>
        <translation>创建下沉入口(&amp;C)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>发送请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>下沉入口列表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>导出配置文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preview request…</source>
        <translation>预览请求(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL 命令(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Endpoint Desk</source>
        <translation>关于 Endpoint Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Fill in the form and press Create endpoint.</source>
        <translation>请填写表单，然后点击“创建下沉入口”。</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>配置文件 %1 已保存。</translation>
    </message>
    <message>
        <source>Creating the endpoint…</source>
        <translation>正在创建下沉入口…</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>删除下沉入口</translation>
    </message>
    <message>
        <source>Delete the VPC endpoint of VPC %1, subnet %2, in %3? Functions using it lose their access.</source>
        <translation>是否删除 %3 中虚拟私有云 %1、子网 %2 的下沉入口？使用它的函数将失去访问能力。</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command; secrets are shown as ****.</source>
        <translation>已将请求复制为 cURL 命令；密钥信息显示为 ****。</translation>
    </message>
    <message>
        <source>Import &amp;KooCLI profiles…</source>
        <translation>导入 KooCLI 配置(&amp;K)…</translation>
    </message>
    <message>
        <source>Import the profiles of KooCLI (hcloud) from ~/.hcloud/config.json</source>
        <translation>从 ~/.hcloud/config.json 导入 KooCLI（hcloud）的配置</translation>
    </message>
    <message>
        <source>Copy as &amp;KooCLI command</source>
        <translation>复制为 KooCLI 命令(&amp;K)</translation>
    </message>
    <message>
        <source>Copy the request as an hcloud command line, without any secret</source>
        <translation>将请求复制为 hcloud 命令行，不含任何密钥</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes the next time Endpoint Desk starts.</source>
        <translation>语言将在下次启动 Endpoint Desk 时更改。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ProfileFieldHelp</name>
    <message>
        <source>Profile name: any name that tells your profiles apart.</source>
        <translation>配置文件名称：任意能区分各个配置文件的名称。</translation>
    </message>
    <message>
        <source>Region: where the project is; the console shows it at the top left of every page.</source>
        <translation>区域：项目所在的区域；控制台每个页面的左上角都会显示。</translation>
    </message>
    <message>
        <source>Endpoint override: leave empty for Huawei Cloud. One base URL for every call, for a gateway or the sandbox.</source>
        <translation>自定义接入地址：使用华为云时留空。为网关或沙箱指定一个用于所有调用的基础 URL。</translation>
    </message>
    <message>
        <source>Project ID: IAM console ▸ My Credentials ▸ API Credentials, the project of the region.</source>
        <translation>项目ID：统一身份认证控制台 ▸ 我的凭证，该区域对应的项目。</translation>
    </message>
    <message>
        <source>Auth method: how requests are signed: a pasted token, an IAM user&apos;s password, or access keys. Only that method&apos;s fields are shown.</source>
        <translation>认证方式：请求的签名方式：粘贴的 Token、IAM用户密码或访问密钥。只显示所选方式需要的字段。</translation>
    </message>
    <message>
        <source>Token: an IAM token (the X-Subject-Token header of an IAM sign-in, e.g. from KooCLI). Kept in the keychain.</source>
        <translation>Token：IAM Token（IAM 登录应答中的 X-Subject-Token 头，例如由命令行工具获取）。保存在密钥环中。</translation>
    </message>
    <message>
        <source>Account name: IAM console ▸ My Credentials ▸ API Credentials, Account Name.</source>
        <translation>账号名：统一身份认证控制台 ▸ 我的凭证，“账号名”。</translation>
    </message>
    <message>
        <source>IAM user name: IAM console ▸ My Credentials ▸ API Credentials, IAM User Name.</source>
        <translation>IAM用户名：统一身份认证控制台 ▸ 我的凭证，“IAM用户名”。</translation>
    </message>
    <message>
        <source>Password: the IAM user&apos;s console password. Kept in the keychain.</source>
        <translation>密码：IAM用户登录控制台的密码。保存在密钥环中。</translation>
    </message>
    <message>
        <source>MFA user ID: IAM console ▸ My Credentials ▸ API Credentials, IAM User ID. Only for users with virtual MFA.</source>
        <translation>MFA用户ID：统一身份认证控制台 ▸ 我的凭证，“IAM用户ID”。仅用于开启了虚拟 MFA 的用户。</translation>
    </message>
    <message>
        <source>Access key: IAM console ▸ My Credentials ▸ Access Keys, the access key ID (AK).</source>
        <translation>访问密钥：统一身份认证控制台 ▸ 我的凭证 ▸ 访问密钥，访问密钥ID（AK）。</translation>
    </message>
    <message>
        <source>Secret key: in the credentials.csv file downloaded when the access key was created (SK). Kept in the keychain.</source>
        <translation>秘密访问密钥：创建访问密钥时下载的 credentials.csv 文件中（SK）。保存在密钥环中。</translation>
    </message>
    <message>
        <source>Security token: comes with temporary access keys (IAM&apos;s securitytokens call, or your identity provider). Kept in the keychain.</source>
        <translation>securitytoken：随临时访问密钥一同获取（IAM 的临时安全凭证接口或您的身份提供商）。保存在密钥环中。</translation>
    </message>
    <message>
        <source>VPC ID: VPC console ▸ Virtual Private Cloud, the VPC&apos;s ID. Prefills the form.</source>
        <translation>虚拟私有云ID：虚拟私有云控制台 ▸ 虚拟私有云，该虚拟私有云的 ID。用于预填表单。</translation>
    </message>
    <message>
        <source>Subnet ID: VPC console ▸ Subnets, the subnet&apos;s ID. Prefills the form.</source>
        <translation>子网ID：虚拟私有云控制台 ▸ 子网，该子网的 ID。用于预填表单。</translation>
    </message>
    <message>
        <source>Flavor: optional; empty uses the cloud&apos;s default, the large specification.</source>
        <translation>规格：可选；留空则使用云服务的默认规格（大规格）。</translation>
    </message>
    <message>
        <source>Agency: IAM console ▸ Agencies, an agency trusted by FunctionGraph. Optional.</source>
        <translation>委托：统一身份认证控制台 ▸ 委托，受函数工作流信任的委托。可选。</translation>
    </message>
    <message>
        <source>Connect timeout: the longest wait for a connection and its TLS handshake.</source>
        <translation>连接超时：等待建立连接及完成安全握手的最长时间。</translation>
    </message>
    <message>
        <source>Read timeout: the longest wait with no data moving, once a request is under way.</source>
        <translation>读取超时：请求进行中没有任何数据传输时的最长等待时间。</translation>
    </message>
    <message>
        <source>Proxy: the desktop&apos;s proxy settings, none, or a manual HTTP proxy; your network administrator knows which.</source>
        <translation>代理：桌面的代理设置、不使用代理或手动指定的 HTTP 代理；具体请咨询网络管理员。</translation>
    </message>
    <message>
        <source>Proxy host: the manual proxy&apos;s host name or address.</source>
        <translation>代理主机：手动代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Proxy port: the manual proxy&apos;s port.</source>
        <translation>代理端口：手动代理的端口。</translation>
    </message>
    <message>
        <source>Proxy user: only when the proxy asks for a sign-in; empty otherwise.</source>
        <translation>代理用户：仅当代理要求登录时填写，否则留空。</translation>
    </message>
    <message>
        <source>Proxy password: the proxy user&apos;s password. Kept in the keychain.</source>
        <translation>代理密码：代理用户的密码。保存在密钥环中。</translation>
    </message>
    <message>
        <source>CA file: certificates (PEM or DER) trusted in addition to the system&apos;s, for a gateway with its own certificate authority.</source>
        <translation>CA 文件：在系统证书之外额外信任的证书（PEM 或 DER），用于使用自有证书颁发机构的网关。</translation>
    </message>
    <message>
        <source>Only for computers without a keychain: secrets are then readable by anyone who can read the settings file.</source>
        <translation>仅用于没有密钥环的计算机：届时任何能读取设置文件的人都能读取密钥信息。</translation>
    </message>
    <message>
        <source>Shared record: this computer&apos;s own file, or a PostgreSQL server that the team shares, holding the history and the only list of the team&apos;s endpoints.</source>
        <translation>共享记录：本机自己的文件，或团队共享的 PostgreSQL 服务器，其中保存历史记录和团队唯一的下沉入口列表。</translation>
    </message>
    <message>
        <source>Host: the PostgreSQL server&apos;s name, as its certificate names it, or the folder of its Unix socket (e.g. /var/run/postgresql). Your database administrator knows it.</source>
        <translation>主机：PostgreSQL 服务器的名称（与其证书中的名称一致），或其 Unix 套接字目录（例如 /var/run/postgresql）。请咨询数据库管理员。</translation>
    </message>
    <message>
        <source>Port: the PostgreSQL server&apos;s port, usually 5432.</source>
        <translation>端口：PostgreSQL 服务器的端口，通常为 5432。</translation>
    </message>
    <message>
        <source>Database: the database that holds the team&apos;s record; your database administrator names it.</source>
        <translation>数据库：保存团队记录的数据库，名称由数据库管理员告知。</translation>
    </message>
    <message>
        <source>User: your own PostgreSQL role; colleagues see it next to what you created or deleted.</source>
        <translation>用户：您自己的 PostgreSQL 角色；同事会在您创建或删除的内容旁看到它。</translation>
    </message>
    <message>
        <source>Password: your PostgreSQL role&apos;s password. Kept in the keychain, never exported.</source>
        <translation>密码：您的 PostgreSQL 角色的密码。保存在密钥环中，从不导出。</translation>
    </message>
    <message>
        <source>TLS: encrypts the connection and checks the server&apos;s certificate and name. May be off only for a server on this computer.</source>
        <translation>TLS：加密连接并校验服务器的证书和名称。仅本机上的服务器可以关闭。</translation>
    </message>
    <message>
        <source>CA file: the certificate (PEM) of the authority that signed the server&apos;s certificate; empty uses ~/.postgresql/root.crt.</source>
        <translation>CA 文件：签发服务器证书的证书颁发机构的证书（PEM）；留空则使用 ~/.postgresql/root.crt。</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ProfileManagerDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>创建副本(&amp;L)</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>设为默认(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>虚拟私有云ID(&amp;V)：</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>委托(&amp;G)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Only used when no keychain answers. Anyone who can read the settings file can then read this profile&apos;s password, secret key and tokens.</source>
        <translation>仅在没有密钥环服务应答时使用。届时任何能读取设置文件的人都能读取此配置文件的密码、秘密访问密钥和 Token。</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Leave empty to use the region&apos;s addresses</source>
        <translation>留空则使用该区域的地址</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>默认配置文件</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名配置文件</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved secrets (password, secret key, security token, token) are deleted from the keychain too.</source>
        <translation>是否删除配置文件“%1”？其保存的密钥信息（密码、秘密访问密钥、securitytoken、Token）也会从密钥环中删除。</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Endpoint &amp;override:</source>
        <translation>自定义接入地址(&amp;O)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Subnet ID:</source>
        <translation>子网ID：</translation>
    </message>
    <message>
        <source>Flavor:</source>
        <translation>规格：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Read timeout:</source>
        <translation>读取超时：</translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation>代理端口：</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Store secrets in the settings file, unencrypted</source>
        <translation>将密钥信息以未加密形式存入设置文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>新建(&amp;E)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Proxy user:</source>
        <translation>代理用户：</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>代理密码：</translation>
    </message>
    <message>
        <source>Each field says here what it is and where to find it.</source>
        <translation>每个字段的含义及获取位置会显示在这里。</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>共享记录</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>记录(&amp;C)：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Use TLS (verif&amp;y the server&apos;s certificate)</source>
        <translation>使用 TLS（验证服务器证书）(&amp;Y)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>仅本机</translation>
    </message>
    <message>
        <source>PostgreSQL server (shared with the team)</source>
        <translation>PostgreSQL 服务器（与团队共享）</translation>
    </message>
    <message>
        <source>db.example.com, or a Unix socket folder</source>
        <translation>db.example.com，或 Unix 套接字目录</translation>
    </message>
    <message>
        <source>Empty: ~/.postgresql/root.crt</source>
        <translation>留空：~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Enter the record server&apos;s host, or choose &quot;This computer only&quot;.</source>
        <translation>请输入记录服务器的主机，或选择“仅本机”。</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::QuitGuard</name>
    <message>
        <source>Saving… the window closes once everything is written.</source>
        <translation>正在保存… 全部写入后窗口将关闭。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not everything could be saved, so the window stays open: %1</source>
        <translation>部分内容未能保存，因此窗口保持打开：%1</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::RegionChoice</name>
    <message>
        <source>%1 - not documented for VPC endpoints: the cloud will answer</source>
        <translation>%1 - 文档未列出此区域支持下沉入口：以云端的答复为准</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::RequestPreviewDialog</name>
    <message>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL 命令(&amp;U)</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ResourcePicker</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Agency permissions</source>
        <translation>委托权限</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>Type a project ID or pick one</source>
        <translation>输入项目ID或从列表中选择</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>虚拟私有云ID</translation>
    </message>
    <message>
        <source>Type a VPC ID, or a name or CIDR to search</source>
        <translation>输入虚拟私有云ID，或输入名称或 CIDR 进行搜索</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网ID</translation>
    </message>
    <message>
        <source>Type a subnet ID, or a name or CIDR to search</source>
        <translation>输入子网ID，或输入名称或 CIDR 进行搜索</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>委托</translation>
    </message>
    <message>
        <source>Type an agency name or pick one</source>
        <translation>输入委托名称或从列表中选择</translation>
    </message>
    <message>
        <source>%1 list status</source>
        <translation>%1列表状态</translation>
    </message>
    <message>
        <source>Refresh the list of %1</source>
        <translation>刷新%1列表</translation>
    </message>
    <message>
        <source>List the %1 again from the cloud</source>
        <translation>从云端重新列出%1</translation>
    </message>
    <message>
        <source>Stop listing %1</source>
        <translation>停止列出%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading… %1 %2</source>
        <translation>正在加载… 已有 %1 个%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <source>Listing stopped: type the ID, or refresh</source>
        <translation>已停止列出：请输入 ID，或点击刷新</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>Listing not permitted: type the ID</source>
        <translation>无权列出：请输入 ID</translation>
    </message>
    <message>
        <source>Could not list %1: type the ID, or refresh</source>
        <translation>无法列出%1：请输入 ID，或点击刷新</translation>
    </message>
    <message>
        <source>Choose a VPC to list its subnets, or type a subnet ID</source>
        <translation>请选择虚拟私有云以列出其子网，或输入子网ID</translation>
    </message>
    <message>
        <source>Choose a project to list %1</source>
        <translation>请选择项目以列出%1</translation>
    </message>
    <message>
        <source>%1 list problem</source>
        <translation>%1列表问题</translation>
    </message>
    <message>
        <source>Refresh the focused list</source>
        <translation>刷新当前列表</translation>
    </message>
    <message>
        <source>Permissions the agency needs</source>
        <translation>委托所需的权限</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1说明</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ResultsPanel</name>
    <message>
        <source>Fill in the form and press Create endpoint.</source>
        <translation>请填写表单，然后点击“创建下沉入口”。</translation>
    </message>
    <message>
        <source>Copy IPs</source>
        <translation>复制 IP</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Error:</source>
        <translation>错误(&amp;E)：</translation>
    </message>
    <message>
        <source>Support asks for this to find the request in the cloud&apos;s records.</source>
        <translation>技术支持需要它在云端记录中查找该请求。</translation>
    </message>
    <message>
        <source>Show raw response</source>
        <translation>显示原始应答</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无内容）</translation>
    </message>
    <message>
        <source>(the cloud listed no IPs)</source>
        <translation>（云服务未列出 IP）</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>It is now listed on the Endpoints tab, where it can be deleted.</source>
        <translation>它现已列在“下沉入口列表”标签页中，可在那里删除。</translation>
    </message>
    <message>
        <source>Endpoint I&amp;Ps:</source>
        <translation>下沉入口 IP(&amp;P)：</translation>
    </message>
    <message>
        <source>Domain nam&amp;e:</source>
        <translation>域名(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;quest ID:</source>
        <translation>请求ID(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; nothing here reaches Huawei Cloud. The cloud is imitated on this computer, and its profile and endpoints are gone when you leave.</source>
        <translation>&lt;b&gt;沙箱：&lt;/b&gt;这里的任何操作都不会发送到华为云。云服务在本机模拟，离开后其配置文件和下沉入口都会消失。</translation>
    </message>
    <message>
        <source>&amp;Leave the sandbox</source>
        <translation>离开沙箱(&amp;L)</translation>
    </message>
    <message>
        <source>Return to your own profiles</source>
        <translation>回到您自己的配置文件</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::SessionFrame</name>
    <message>
        <source>Settin&amp;gs</source>
        <translation>设置(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::StartPanel</name>
    <message>
        <source>&lt;h2&gt;Welcome to Endpoint Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 Endpoint Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No profile is saved yet. A profile holds the region, the project and how to sign in to your cloud account. To look around first, try the built-in sandbox: it imitates Huawei Cloud on this computer and needs no account.</source>
        <translation>尚未保存任何配置文件。配置文件保存区域、项目以及登录云账号的方式。想先看看，可以试用内置沙箱：它在本机模拟华为云，无需账号。</translation>
    </message>
    <message>
        <source>Open a ready profile on the built-in sandbox; your own settings are left alone</source>
        <translation>在内置沙箱上打开一个现成的配置文件；不会改动您自己的设置</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>试用沙箱(&amp;T)</translation>
    </message>
    <message>
        <source>Set up a profile for your Huawei Cloud account</source>
        <translation>为您的华为云账号创建配置文件</translation>
    </message>
    <message>
        <source>&amp;Create a profile…</source>
        <translation>创建配置文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Read profiles from a JSON file exported by Endpoint Desk</source>
        <translation>从 Endpoint Desk 导出的 JSON 文件读取配置文件</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>导入配置文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::UnsavedEditsQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to profile %1 first?</source>
        <translation>是否先保存对配置文件 %1 的更改？</translation>
    </message>
</context>
<context>
    <name>EndpointDesk::Workspace</name>
    <message>
        <source>Saving did not finish in time: the keychain or the cloud did not answer.</source>
        <translation>保存未能及时完成：密钥环或云服务没有应答。</translation>
    </message>
    <message>
        <source>The sign-in ends at %1 and cannot renew itself with MFA: sign in again with a new code.</source>
        <translation>登录将于 %1 失效，使用 MFA 时无法自动续期：请用新的验证码重新登录。</translation>
    </message>
    <message>
        <source>The secrets of profile &quot;%1&quot; could not be moved to &quot;%2&quot; in the keychain: enter them again and save.</source>
        <translation>无法在密钥环中将配置文件“%1”的密钥信息移到“%2”下：请重新输入并保存。</translation>
    </message>
    <message>
        <source>The secrets of the removed profile &quot;%1&quot; could not be removed from the keychain; remove them with the desktop&apos;s password manager.</source>
        <translation>无法从密钥环中删除已删除配置文件“%1”的密钥信息；请使用桌面的密码管理器删除。</translation>
    </message>
    <message>
        <source>There is no profile named %1; opened %2 instead.</source>
        <translation>没有名为 %1 的配置文件；已改为打开 %2。</translation>
    </message>
    <message>
        <source>Another request is on its way: wait for its answer first.</source>
        <translation>另一个请求正在进行中：请先等待其应答。</translation>
    </message>
    <message>
        <source>This endpoint is in region %1: choose that region (and a profile that can reach it) first.</source>
        <translation>该下沉入口位于区域 %1：请先选择该区域（以及可以访问它的配置文件）。</translation>
    </message>
    <message>
        <source>Checking the token with IAM…</source>
        <translation>正在向 IAM 校验 Token…</translation>
    </message>
    <message>
        <source>This endpoint is already deleted.</source>
        <translation>该下沉入口已删除。</translation>
    </message>
    <message>
        <source>Change the region to %1? Project %2 belongs to %3: the project, VPC and subnet will be cleared.</source>
        <translation>更换区域为 %1？项目 %2 属于 %3：项目、虚拟私有云和子网将被清空。</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields first.</source>
        <translation>未发送任何内容：请先修正标出的字段。</translation>
    </message>
</context>
<context>
    <name>SandboxLoader</name>
    <message>
        <source>The sandbox could not be loaded from %1: %2</source>
        <translation>无法从 %1 加载沙箱：%2</translation>
    </message>
    <message>
        <source>it is not this version&apos;s sandbox.</source>
        <translation>它不是此版本的沙箱。</translation>
    </message>
    <message>
        <source>The sandbox is not installed: %1 was not found in %2. Reinstall Endpoint Desk to try the sandbox; your own profiles work without it.</source>
        <translation>沙箱未安装：在 %2 中找不到 %1。请重新安装 Endpoint Desk 以试用沙箱；您自己的配置文件不需要它也能使用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and track Huawei Cloud FunctionGraph VPC endpoints.</source>
        <translation>创建并跟踪华为云函数工作流（FunctionGraph）的下沉入口。</translation>
    </message>
    <message>
        <source>Start on the built-in cloud emulator with a ready profile: no cloud account needed.</source>
        <translation>使用内置的云服务模拟器和现成的配置文件启动：无需云账号。</translation>
    </message>
    <message>
        <source>Open with the saved profile &lt;name&gt;.</source>
        <translation>打开已保存的配置文件 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>With --sandbox: how many VPCs to seed.</source>
        <translation>与 --sandbox 一起使用：预置的虚拟私有云数量。</translation>
    </message>
    <message>
        <source>With --sandbox: subnets in each VPC.</source>
        <translation>与 --sandbox 一起使用：每个虚拟私有云中的子网数量。</translation>
    </message>
    <message>
        <source>--vpcs and --subnets-per-vpc take a whole number greater than 0.
</source>
        <translation>--vpcs 和 --subnets-per-vpc 的值必须是大于 0 的整数。
</translation>
    </message>
    <message>
        <source>Endpoint Desk</source>
        <translation>Endpoint Desk</translation>
    </message>
</context>
</TS>
