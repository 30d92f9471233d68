//go:build unix

package site

import "syscall"

// writeFile writes data to the file at path, created or truncated, as
// os.WriteFile does but without an *os.File: os.OpenFile readies every
// file for the runtime's poller, four more system calls (which a regular
// file refuses anyway) and a finalizer, and the export writes hundreds
// of thousands of files.
func writeFile(path string, data []byte) error {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, 0o644)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return err
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			syscall.Close(fd)
			return err
		}
		data = data[n:]
	}
	return syscall.Close(fd)
}
