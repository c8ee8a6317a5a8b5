import type { Platform } from './catalogs';

/** One installable product; `versions` are the builds seen across the fleet. */
export interface CatalogApp {
  name: string;
  publisher: string;
  versions: readonly string[];
  /** Raw name as the OS reports it, when it differs from the normalised `name`. */
  originalName?: string;
  installPath: string;
}

const WINDOWS_PF = 'C:\\Program Files';

export const APP_CATALOG: Record<Platform, readonly CatalogApp[]> = {
  Windows: [
    { name: 'Google Chrome', publisher: 'Google LLC', versions: ['124.0.6367.91', '123.0.6312.122', '122.0.6261.129'], installPath: `${WINDOWS_PF}\\Google\\Chrome\\Application` },
    { name: 'Microsoft Edge', publisher: 'Microsoft Corporation', versions: ['124.0.2478.51', '123.0.2420.97'], installPath: `${WINDOWS_PF} (x86)\\Microsoft\\Edge\\Application` },
    { name: 'Mozilla Firefox', publisher: 'Mozilla', versions: ['125.0.2', '115.10.0'], originalName: 'Mozilla Firefox (x64 en-US)', installPath: `${WINDOWS_PF}\\Mozilla Firefox` },
    { name: 'Notepad++', publisher: 'Notepad++ Team', versions: ['8.6.5', '8.6.2', '8.5.8'], originalName: 'Notepad++ (64-bit x64)', installPath: `${WINDOWS_PF}\\Notepad++` },
    { name: '7-Zip', publisher: 'Igor Pavlov', versions: ['23.01', '22.01', '19.00'], originalName: '7-Zip 23.01 (x64)', installPath: `${WINDOWS_PF}\\7-Zip` },
    { name: 'Zoom', publisher: 'Zoom Video Communications, Inc.', versions: ['5.17.11.34827', '5.16.10.26186'], originalName: 'Zoom Workplace (64-bit)', installPath: `${WINDOWS_PF}\\Zoom\\bin` },
    { name: 'Slack', publisher: 'Slack Technologies Inc.', versions: ['4.37.101', '4.36.140'], installPath: 'C:\\Users\\Public\\AppData\\Local\\slack' },
    { name: 'Microsoft Teams', publisher: 'Microsoft Corporation', versions: ['24074.2321.2810.3500', '1.7.00.6058'], installPath: `${WINDOWS_PF}\\WindowsApps\\MSTeams` },
    { name: 'Microsoft 365 Apps for enterprise', publisher: 'Microsoft Corporation', versions: ['16.0.17425.20176', '16.0.17328.20282'], originalName: 'Microsoft 365 Apps for enterprise - en-us', installPath: `${WINDOWS_PF}\\Microsoft Office` },
    { name: 'Adobe Acrobat Reader', publisher: 'Adobe', versions: ['24.002.20687', '23.008.20555'], originalName: 'Adobe Acrobat Reader DC MUI', installPath: `${WINDOWS_PF}\\Adobe\\Acrobat DC` },
    { name: 'VLC media player', publisher: 'VideoLAN', versions: ['3.0.20', '3.0.18'], installPath: `${WINDOWS_PF}\\VideoLAN\\VLC` },
    { name: 'Git', publisher: 'The Git Development Community', versions: ['2.44.0', '2.43.0'], installPath: `${WINDOWS_PF}\\Git` },
    { name: 'Python 3.12', publisher: 'Python Software Foundation', versions: ['3.12.3', '3.12.1'], originalName: 'Python 3.12.3 (64-bit)', installPath: 'C:\\Python312' },
    { name: 'Microsoft Visual Studio Code', publisher: 'Microsoft Corporation', versions: ['1.88.1', '1.87.2'], installPath: `${WINDOWS_PF}\\Microsoft VS Code` },
    { name: 'PuTTY', publisher: 'Simon Tatham', versions: ['0.81', '0.80'], originalName: 'PuTTY release 0.81 (64-bit)', installPath: `${WINDOWS_PF}\\PuTTY` },
    { name: 'Wireshark', publisher: 'The Wireshark developer community', versions: ['4.2.4', '4.0.14'], installPath: `${WINDOWS_PF}\\Wireshark` },
    { name: 'KeePass Password Safe', publisher: 'Dominik Reichl', versions: ['2.56', '2.55'], installPath: `${WINDOWS_PF}\\KeePass Password Safe 2` },
    { name: 'Cisco Secure Client', publisher: 'Cisco Systems, Inc.', versions: ['5.1.2.42', '5.0.05040'], originalName: 'Cisco Secure Client - AnyConnect VPN', installPath: `${WINDOWS_PF} (x86)\\Cisco\\Cisco Secure Client` },
    { name: 'Absolute Agent', publisher: 'Absolute Software Corp.', versions: ['7.22.0.5', '7.21.1.3'], installPath: 'C:\\Windows\\SysWOW64\\rpcnet' },
    { name: 'Java 8 Update 401', publisher: 'Oracle Corporation', versions: ['8.0.4010.10'], installPath: `${WINDOWS_PF}\\Java\\jre-1.8` },
    { name: 'Node.js', publisher: 'Node.js Foundation', versions: ['20.12.2', '18.20.2'], installPath: `${WINDOWS_PF}\\nodejs` },
    { name: 'Docker Desktop', publisher: 'Docker Inc.', versions: ['4.29.0', '4.28.0'], installPath: `${WINDOWS_PF}\\Docker\\Docker` },
    { name: 'Postman', publisher: 'Postman', versions: ['10.24.16', '10.23.5'], originalName: 'Postman x64 10.24.16', installPath: 'C:\\Users\\Public\\AppData\\Local\\Postman' },
    { name: 'Microsoft OneDrive', publisher: 'Microsoft Corporation', versions: ['24.065.0331.0001', '24.040.0225.0001'], installPath: `${WINDOWS_PF}\\Microsoft OneDrive` },
    { name: 'Dropbox', publisher: 'Dropbox, Inc.', versions: ['198.4.7615', '196.4.6986'], installPath: `${WINDOWS_PF} (x86)\\Dropbox\\Client` },
    { name: 'TeamViewer', publisher: 'TeamViewer', versions: ['15.52.3', '15.51.5'], installPath: `${WINDOWS_PF}\\TeamViewer` },
    { name: 'Webex', publisher: 'Cisco Webex LLC', versions: ['44.4.0.29432', '43.12.0.27650'], installPath: `${WINDOWS_PF}\\Cisco Spark` },
    { name: 'Citrix Workspace', publisher: 'Citrix Systems, Inc.', versions: ['24.3.0.64', '23.11.0.160'], originalName: 'Citrix Workspace 2403', installPath: `${WINDOWS_PF} (x86)\\Citrix\\ICA Client` },
    { name: 'Microsoft Visual C++ 2015-2022 Redistributable (x64)', publisher: 'Microsoft Corporation', versions: ['14.38.33135.0', '14.36.32532.0'], installPath: 'C:\\Windows\\System32' },
    { name: 'Microsoft .NET Runtime', publisher: 'Microsoft Corporation', versions: ['8.0.4', '6.0.29'], originalName: 'Microsoft .NET Runtime - 8.0.4 (x64)', installPath: `${WINDOWS_PF}\\dotnet` },
    { name: 'Intel Graphics Driver', publisher: 'Intel Corporation', versions: ['31.0.101.5186', '31.0.101.4502'], installPath: 'C:\\Windows\\System32\\DriverStore' },
    { name: 'Realtek Audio Driver', publisher: 'Realtek Semiconductor Corp.', versions: ['6.0.9549.1', '6.0.9381.1'], installPath: `${WINDOWS_PF}\\Realtek\\Audio` },
    { name: 'Power BI Desktop', publisher: 'Microsoft Corporation', versions: ['2.128.952.0', '2.127.1080.0'], installPath: `${WINDOWS_PF}\\Microsoft Power BI Desktop` },
    { name: 'SQL Server Management Studio', publisher: 'Microsoft Corporation', versions: ['20.1.10.0', '19.3.4.0'], installPath: `${WINDOWS_PF} (x86)\\Microsoft SQL Server Management Studio 20` },
    { name: 'WinSCP', publisher: 'Martin Prikryl', versions: ['6.3.3', '6.1.2'], installPath: `${WINDOWS_PF} (x86)\\WinSCP` },
    { name: 'Greenshot', publisher: 'Greenshot', versions: ['1.2.10.6'], installPath: `${WINDOWS_PF}\\Greenshot` },
    { name: 'Microsoft Defender for Endpoint', publisher: 'Microsoft Corporation', versions: ['10.8760.22621.3447'], installPath: `${WINDOWS_PF}\\Windows Defender Advanced Threat Protection` },
    { name: 'Tableau Desktop', publisher: 'Tableau Software', versions: ['2024.1.1', '2023.3.5'], originalName: 'Tableau 2024.1 (20241.24.0416.1028)', installPath: `${WINDOWS_PF}\\Tableau\\Tableau 2024.1` },
    { name: 'Lenovo Vantage Service', publisher: 'Lenovo Group Ltd.', versions: ['3.13.43.0'], installPath: `${WINDOWS_PF} (x86)\\Lenovo\\VantageService` },
    { name: 'Dell Command | Update', publisher: 'Dell Inc.', versions: ['5.2.0', '4.9.0'], installPath: `${WINDOWS_PF}\\Dell\\CommandUpdate` },
    { name: 'HP Support Assistant', publisher: 'HP Inc.', versions: ['9.26.42.0'], installPath: `${WINDOWS_PF} (x86)\\HP\\HP Support Framework` },
  ],
  Mac: [
    { name: 'Google Chrome', publisher: 'Google LLC', versions: ['124.0.6367.91', '123.0.6312.122'], installPath: '/Applications/Google Chrome.app' },
    { name: 'Firefox', publisher: 'Mozilla', versions: ['125.0.2'], installPath: '/Applications/Firefox.app' },
    { name: 'Slack', publisher: 'Slack Technologies Inc.', versions: ['4.37.101', '4.36.140'], installPath: '/Applications/Slack.app' },
    { name: 'zoom.us', publisher: 'Zoom Video Communications, Inc.', versions: ['5.17.11', '5.16.10'], installPath: '/Applications/zoom.us.app' },
    { name: 'Microsoft Word', publisher: 'Microsoft Corporation', versions: ['16.84', '16.83'], installPath: '/Applications/Microsoft Word.app' },
    { name: 'Microsoft Excel', publisher: 'Microsoft Corporation', versions: ['16.84', '16.83'], installPath: '/Applications/Microsoft Excel.app' },
    { name: 'Microsoft PowerPoint', publisher: 'Microsoft Corporation', versions: ['16.84', '16.83'], installPath: '/Applications/Microsoft PowerPoint.app' },
    { name: 'Microsoft Outlook', publisher: 'Microsoft Corporation', versions: ['16.84', '16.83'], installPath: '/Applications/Microsoft Outlook.app' },
    { name: 'Microsoft Teams', publisher: 'Microsoft Corporation', versions: ['24074.2321.2810.3500'], installPath: '/Applications/Microsoft Teams.app' },
    { name: 'Visual Studio Code', publisher: 'Microsoft Corporation', versions: ['1.88.1', '1.87.2'], installPath: '/Applications/Visual Studio Code.app' },
    { name: 'iTerm2', publisher: 'George Nachman', versions: ['3.4.23', '3.4.22'], installPath: '/Applications/iTerm.app' },
    { name: 'Docker', publisher: 'Docker Inc.', versions: ['4.29.0'], installPath: '/Applications/Docker.app' },
    { name: '1Password 7', publisher: 'AgileBits Inc.', versions: ['7.9.11'], installPath: '/Applications/1Password 7.app' },
    { name: 'Keynote', publisher: 'Apple Inc.', versions: ['14.0', '13.2'], installPath: '/Applications/Keynote.app' },
    { name: 'Numbers', publisher: 'Apple Inc.', versions: ['14.0', '13.2'], installPath: '/Applications/Numbers.app' },
    { name: 'Pages', publisher: 'Apple Inc.', versions: ['14.0', '13.2'], installPath: '/Applications/Pages.app' },
    { name: 'Xcode', publisher: 'Apple Inc.', versions: ['15.3', '15.2'], installPath: '/Applications/Xcode.app' },
    { name: 'Absolute', publisher: 'Absolute Software Corp.', versions: ['7.22.0.5'], installPath: '/Library/Application Support/Absolute' },
    { name: 'Cisco Secure Client', publisher: 'Cisco Systems, Inc.', versions: ['5.1.2.42'], installPath: '/Applications/Cisco/Cisco Secure Client.app' },
    { name: 'VLC', publisher: 'VideoLAN', versions: ['3.0.20'], installPath: '/Applications/VLC.app' },
  ],
  Chrome: [
    { name: 'Google Chrome', publisher: 'Google LLC', versions: ['123.0.6312.94'], installPath: '/opt/google/chrome' },
    { name: 'Google Docs', publisher: 'Google LLC', versions: ['0.10'], installPath: '/home/chronos/Extensions' },
    { name: 'Zoom for Chrome', publisher: 'Zoom Video Communications, Inc.', versions: ['5.17.11'], installPath: '/home/chronos/Extensions' },
    { name: 'Slack', publisher: 'Slack Technologies Inc.', versions: ['4.37.101'], installPath: '/home/chronos/Extensions' },
    { name: 'Microsoft Teams', publisher: 'Microsoft Corporation', versions: ['1.0'], installPath: '/home/chronos/Extensions' },
    { name: 'Google Classroom', publisher: 'Google LLC', versions: ['1.0'], installPath: '/home/chronos/Extensions' },
    { name: 'Adobe Acrobat: PDF edit, convert, sign tools', publisher: 'Adobe', versions: ['15.1.3.10'], installPath: '/home/chronos/Extensions' },
    { name: 'Absolute for Chromebooks', publisher: 'Absolute Software Corp.', versions: ['3.2.1'], installPath: '/home/chronos/Extensions' },
  ],
};
