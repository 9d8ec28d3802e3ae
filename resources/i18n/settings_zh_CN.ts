<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About ReelCheck</source>
        <translation>关于 ReelCheck</translation>
    </message>
    <message>
        <source>A review workstation for suspected AI-generated video clips. It runs offline: nothing leaves this machine.</source>
        <translation>用于核查疑似 AI 生成视频片段的工作站。它离线运行：任何数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Detector scores are evidence, never verdicts: the reviewer decides.</source>
        <translation>检测器分数只是证据，不是结论：由核查员作出判断。</translation>
    </message>
    <message>
        <source>Log: {log}
Crash log: {crash}</source>
        <translation>日志：{log}
崩溃日志：{crash}</translation>
    </message>
    <message>
        <source>The last lines of the log</source>
        <translation>日志的最后几行</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>日志为空。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic details</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Versions, platform and the logs&apos; last lines, to paste into a bug report</source>
        <translation>版本、平台和日志的最后几行，可粘贴到问题报告中</translation>
    </message>
    <message>
        <source>The log&apos;s last lines:</source>
        <translation>日志的最后几行：</translation>
    </message>
    <message>
        <source>Copied: paste them into your report.</source>
        <translation>已复制：请粘贴到你的报告中。</translation>
    </message>
</context>
<context>
    <name>First run</name>
    <message>
        <source>Welcome to ReelCheck</source>
        <translation>欢迎使用 ReelCheck</translation>
    </message>
    <message>
        <source>Your name signs every dossier you export and stands beside every change you make to a case. The organisation is named in the dossiers&apos; ClaimReview. Both can be changed later in Edit &gt; Settings.</source>
        <translation>你导出的每份核查报告都以你的姓名签名，你对案卷的每一处修改也都记在你的名下。机构名称会写入核查报告的 ClaimReview。两者以后都可以在“编辑 &gt; 设置”中修改。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Newsroom or fact-checking organisation</source>
        <translation>新闻编辑部或事实核查机构</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>你的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>机构网址(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>Give your name: dossiers are signed with it.</source>
        <translation>请填写你的姓名：核查报告要以它签名。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A name is one line of at most {most} characters, without control characters.</source>
        <translation>姓名须为一行，最多 {most} 个字符，不含控制字符。</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is one line of at most {most} characters.</source>
        <translation>机构名称须为一行，最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>The organisation&apos;s address must start with https:// or http:// and name a site.</source>
        <translation>机构网址须以 https:// 或 http:// 开头，并包含网站地址。</translation>
    </message>
    <message>
        <source>The frame cache takes {least} to {most} MiB.</source>
        <translation>帧缓存可设为 {least} 到 {most} MiB。</translation>
    </message>
    <message>
        <source>The data folder must be a full path.</source>
        <translation>数据文件夹须为完整路径。</translation>
    </message>
    <message>
        <source>Each rating is one line of text.</source>
        <translation>每个评级须为一行文字。</translation>
    </message>
    <message>
        <source>A team case is a PostgreSQL address: it starts with postgresql:// or postgres://.</source>
        <translation>团队案卷是一个 PostgreSQL 地址，以 postgresql:// 或 postgres:// 开头。</translation>
    </message>
    <message>
        <source>Leave the password out of the team case&apos;s address (the settings file is not the place for it): keep it in ~/.pgpass.</source>
        <translation>请勿在团队案卷地址中写入密码（设置文件不是存放密码的地方）：请把密码保存在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The shared folder must be a full path.</source>
        <translation>共享文件夹必须是完整路径。</translation>
    </message>
    <message>
        <source>Nothing is signed without your name. Give it once with: reelcheck settings --reviewer &quot;Your Name&quot; (in the window: Edit &gt; Settings).</source>
        <translation>未填写姓名，不能签名。请先运行一次：reelcheck settings --reviewer &quot;你的姓名&quot;（在窗口中：编辑 &gt; 设置）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>核查员</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>评级标准</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>Files and trust</source>
        <translation>文件与信任</translation>
    </message>
    <message>
        <source>Language and theme</source>
        <translation>语言与主题</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Your name, as dossiers are signed</source>
        <translation>你的姓名，用于核查报告签名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>导出公钥(&amp;E)…</translation>
    </message>
    <message>
        <source>Your public key as a file, for a colleague&apos;s trusted signers</source>
        <translation>把你的公钥存为文件，供同事加入受信任的签名者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>机构网址(&amp;W)：</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Automatic: the GPU when it works, else the CPU</source>
        <translation>自动：GPU 可用时用 GPU，否则用 CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Where detectors run</source>
        <translation>检测器运行设备</translation>
    </message>
    <message>
        <source>Memory for decoded frames</source>
        <translation>已解码帧占用的内存</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>校准(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Run detectors on:</source>
        <translation>检测器运行设备(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Memory for decoded frames:</source>
        <translation>已解码帧占用的内存(&amp;M)：</translation>
    </message>
    <message>
        <source>A new frame cache size applies when ReelCheck starts again.</source>
        <translation>新的帧缓存大小在 ReelCheck 重新启动后生效。</translation>
    </message>
    <message>
        <source>Calibration in use:</source>
        <translation>正在使用的校准：</translation>
    </message>
    <message>
        <source>The user data folder</source>
        <translation>用户数据文件夹</translation>
    </message>
    <message>
        <source>No list: no signer is trusted</source>
        <translation>无列表：不信任任何签名者</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>受信任的签名者(&amp;T)…</translation>
    </message>
    <message>
        <source>Whose signed dossiers are verified</source>
        <translation>验证哪些人签名的核查报告</translation>
    </message>
    <message>
        <source>Case &amp;data folder:</source>
        <translation>案卷数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose the case data folder</source>
        <translation>选择案卷数据文件夹</translation>
    </message>
    <message>
        <source>A new data folder applies when ReelCheck starts again.</source>
        <translation>新的数据文件夹在 ReelCheck 重新启动后生效。</translation>
    </message>
    <message>
        <source>Content Credentials trust &amp;list:</source>
        <translation>内容凭证信任列表(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose the trust list</source>
        <translation>选择信任列表</translation>
    </message>
    <message>
        <source>The CA certificates (PEM) whose Content Credentials you trust.</source>
        <translation>你信任其内容凭证的 CA 证书 (PEM)。</translation>
    </message>
    <message>
        <source>Dossier signers:</source>
        <translation>核查报告签名者：</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when ReelCheck starts again.</source>
        <translation>新的语言在 ReelCheck 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>None: the case on this computer</source>
        <translation>无：使用本机上的案卷</translation>
    </message>
    <message>
        <source>None: this computer analyses the queue</source>
        <translation>无：由本机分析队列</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Team &amp;case:</source>
        <translation>团队案卷(&amp;C)：</translation>
    </message>
    <message>
        <source>The newsroom&apos;s shared case: postgresql://LOGIN@HOST/DATABASE, without a password (keep it in ~/.pgpass). It opens when ReelCheck starts again.</source>
        <translation>编辑部共享的案卷：postgresql://登录名@主机/数据库，不含密码（密码请保存在 ~/.pgpass 中）。ReelCheck 下次启动时打开。</translation>
    </message>
    <message>
        <source>Analysis clus&amp;ter:</source>
        <translation>分析集群(&amp;T)：</translation>
    </message>
    <message>
        <source>Where the team keeps the dossiers its editors publish, each named by its SHA-256.</source>
        <translation>团队保存编辑所发布核查报告的位置，每个文件以其 SHA-256 命名。</translation>
    </message>
    <message>
        <source>A Ray cluster analyses the queue (ray://HOST:PORT or HOST:PORT). Its workers read the clips from the folder the case names, which each of them must reach.</source>
        <translation>由 Ray 集群分析队列（ray://主机:端口 或 主机:端口）。集群的工作节点从案卷所记的文件夹读取视频片段，每个工作节点都必须能访问该文件夹。</translation>
    </message>
    <message>
        <source>&amp;Shared folder:</source>
        <translation>共享文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>选择共享文件夹</translation>
    </message>
    <message>
        <source>The data folder is a file, not a folder.</source>
        <translation>数据文件夹路径指向的是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The trust list cannot be read: {reason}</source>
        <translation>无法读取信任列表：{reason}</translation>
    </message>
    <message>
        <source>The shared folder does not exist.</source>
        <translation>共享文件夹不存在。</translation>
    </message>
    <message>
        <source>Give your name first: the key is made in your name.</source>
        <translation>请先填写姓名：密钥以你的姓名生成。</translation>
    </message>
    <message>
        <source>Give your name to sign dossiers.</source>
        <translation>填写姓名后才能为核查报告签名。</translation>
    </message>
    <message>
        <source>Case data folder</source>
        <translation>案卷数据文件夹</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>Content Credentials trust list</source>
        <translation>内容凭证信任列表</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>A new rating under the selected one</source>
        <translation>在所选评级下方新增一个评级</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected rating</source>
        <translation>删除所选评级</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Earlier in the rating menu</source>
        <translation>在评级菜单中排前</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Later in the rating menu</source>
        <translation>在评级菜单中排后</translation>
    </message>
    <message>
        <source>&amp;Default scale</source>
        <translation>默认标准(&amp;D)</translation>
    </message>
    <message>
        <source>Put the default scale back</source>
        <translation>恢复默认评级标准</translation>
    </message>
    <message>
        <source>New rating</source>
        <translation>新评级</translation>
    </message>
    <message>
        <source>Could not keep the settings in {path}: {reason}.</source>
        <translation>无法把设置保存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Saved. Some of the changes apply when ReelCheck starts again.</source>
        <translation>已保存。部分更改在 ReelCheck 重新启动后生效。</translation>
    </message>
    <message>
        <source>None installed</source>
        <translation>未安装</translation>
    </message>
</context>
<context>
    <name>Settings command</name>
    <message>
        <source>show your settings (name, organisation, language...), or change them</source>
        <translation>显示你的设置（姓名、机构、语言等），或修改它们</translation>
    </message>
    <message>
        <source>print them as JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>Signing key</name>
    <message>
        <source>You sign as {name}; your key is made with your first signed dossier.</source>
        <translation>你以 {name} 的身份签名；密钥会在你第一次签署核查报告时生成。</translation>
    </message>
    <message>
        <source>You sign as {name} with the key {fingerprint}</source>
        <translation>你以 {name} 的身份签名，密钥指纹为 {fingerprint}</translation>
    </message>
    <message>
        <source>Export my public key</source>
        <translation>导出我的公钥</translation>
    </message>
    <message>
        <source>Keys (*.pem);;All files (*)</source>
        <translation>密钥 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
</context>
</TS>
