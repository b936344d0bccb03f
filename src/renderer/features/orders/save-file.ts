/**
 * Hands a text to the browser as a download: Electron shows its save dialog, a browser
 * its download bar. No Node, no IPC: the file never goes through main.
 */
export const saveTextFile = (text: string, fileName: string, type = 'application/x-pem-file'): void => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or the download could find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
