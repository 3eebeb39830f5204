// What `npm run classroom` (scripts/classroom.mjs) prints once the server listens: the addresses
// students' phones can open, a QR code of the first one, and what to check when a phone cannot connect.
import { renderUnicodeCompact } from 'uqr';
import { isLoopbackHost } from '../src/lib/classroom/lan.ts';

/**
 * The terminal text for a classroom server.
 * @param {{ lanUrls: string[], localUrl: string, host: string, port: number }} info `lanUrls`: the
 *   site's root on each network address, best first; `localUrl`: the same on this machine; `host`: the
 *   address the server listens on
 * @returns {string}
 */
export function classroomBanner({ lanUrls, localUrl, host, port }) {
  const lines = [`课堂模式：课程网站已启动，端口 ${port}。`, `本机打开：${localUrl}`, ''];
  if (lanUrls.length === 0 && isLoopbackHost(host)) {
    lines.push(
      `网站只在本机地址 ${host} 上提供，学生的手机无法访问。`,
      '要让手机访问，请去掉 --host 选项（默认在所有网络接口上提供），或使用 --host 0.0.0.0。',
    );
  } else if (lanUrls.length === 0) {
    lines.push(
      '没有找到局域网地址：这台电脑现在只有本机地址，学生的手机无法访问。',
      '请先把电脑连上教室的 Wi-Fi 或有线网络，再重新运行 npm run classroom。',
    );
  } else {
    const [first, ...others] = lanUrls;
    lines.push('学生手机连上与这台电脑相同的 Wi-Fi 后，扫描下面的二维码，或在浏览器中输入：', `  ${first}`);
    for (const url of others) lines.push(`  ${url}（另一个网络接口；第一个打不开时再试）`);
    // Light modules as full blocks: right for the usual dark terminal background.
    lines.push('', renderUnicodeCompact(first, { border: 2 }), '');
    lines.push(
      '在这台电脑上打开课次并进入投影模式，“放大二维码”显示的就是这一课的局域网地址。',
      '手机打不开时请检查：',
      '  1. 手机和电脑连的是同一个网络；访客 Wi-Fi 和部分校园网会隔离设备，手机连不上电脑。',
      `  2. 电脑的防火墙允许 Node.js 接受端口 ${port} 的连接；Windows 第一次运行时会弹出提示，请选择“允许访问”。`,
      '  3. 终端为浅色背景时二维码颜色相反，个别手机扫不出，直接输入上面的地址即可。',
    );
  }
  lines.push('', '按 Ctrl + C 停止。');
  return lines.join('\n');
}
