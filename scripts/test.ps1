# Windows: the test command of README.md.
. "$PSScriptRoot\setup.ps1"
.venv\Scripts\ruff.exe check .
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$env:QT_QPA_PLATFORM = "offscreen"
.venv\Scripts\python.exe -m pytest @args
exit $LASTEXITCODE
