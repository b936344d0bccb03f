/**
 * PowerShell scripts for the certificate stores of one location (CurrentUser or
 * LocalMachine). Each script is a fixed text with values embedded as single-quoted literals
 * (only `'` is special there), passed with -EncodedCommand so no shell ever parses it.
 * Secrets never appear in the script: the PKCS#12 password arrives on stdin.
 */
export type StoreLocation = 'CurrentUser' | 'LocalMachine';
/** My holds certificates with their keys; Root the trust anchors; CA the intermediates. */
export type StoreName = 'My' | 'Root' | 'CA';

export const storePath = (location: StoreLocation, name: StoreName): string => `Cert:\\${location}\\${name}`;

/** Failures print one marker line with the HRESULT: messages are localised, codes are not. */
const PRELUDE = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
  'trap { [Console]::Error.WriteLine(("VIGIE-ERROR 0x{0:X8} {1}" -f $_.Exception.HResult, $_.Exception.Message)); exit 3 }',
];

export const psQuote = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export const powershellArgs = (script: string): string[] => [
  '-NoLogo',
  '-NoProfile',
  '-NonInteractive',
  '-ExecutionPolicy',
  'Bypass',
  '-EncodedCommand',
  Buffer.from(script, 'utf16le').toString('base64'),
];

export type CaFile = { path: string; store: Exclude<StoreName, 'My'> };

export const installScript = (
  location: StoreLocation,
  p12Path: string,
  exportable: boolean,
  caFiles: CaFile[],
): string =>
  [
    ...PRELUDE,
    // An empty SecureString for an empty password: ConvertTo-SecureString refuses ''.
    '$line = [Console]::In.ReadLine()',
    'if ([string]::IsNullOrEmpty($line)) { $pw = New-Object System.Security.SecureString } else { $pw = ConvertTo-SecureString -String $line -AsPlainText -Force }',
    '$line = $null',
    // Without -Exportable the key is imported non-exportable (the Windows default).
    `$null = Import-PfxCertificate -FilePath ${psQuote(p12Path)} -CertStoreLocation ${psQuote(storePath(location, 'My'))} -Password $pw${exportable ? ' -Exportable' : ''}`,
    ...caFiles.map(
      (ca) =>
        `$null = Import-Certificate -FilePath ${psQuote(ca.path)} -CertStoreLocation ${psQuote(storePath(location, ca.store))}`,
    ),
  ].join('\n');

/** Only the fields Vigie reads; the DER comes back so hashes are computed on our side. */
export const listScript = (location: StoreLocation): string =>
  [
    ...PRELUDE,
    `$items = @(Get-ChildItem -Path ${psQuote(storePath(location, 'My'))} | ForEach-Object { [pscustomobject]@{ Thumbprint = $_.Thumbprint; FriendlyName = $_.FriendlyName; Subject = $_.Subject; HasPrivateKey = $_.HasPrivateKey; RawData = [Convert]::ToBase64String($_.RawData) } })`,
    'ConvertTo-Json -InputObject $items -Compress -Depth 2',
  ].join('\n');

export const removeScript = (location: StoreLocation, sha1: string, deleteKey: boolean): string => {
  if (!/^[0-9A-F]{40}$/.test(sha1)) throw new Error('thumbprint must be 40 upper-case hex digits');
  return [
    ...PRELUDE,
    `Remove-Item -Path ${psQuote(`${storePath(location, 'My')}\\${sha1}`)}${deleteKey ? ' -DeleteKey' : ''}`,
  ].join('\n');
};

/**
 * Prints True or False: is this process elevated? A filtered (UAC) administrator token is
 * not in the role, which is what matters: LocalMachine stores refuse its writes too.
 */
export const elevationScript = (): string =>
  [
    ...PRELUDE,
    '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)',
  ].join('\n');
