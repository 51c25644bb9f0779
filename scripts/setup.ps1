# Windows: the virtual environment in .venv and OpsDesk installed into it.
# Dot-sourced by test.ps1 and demo.ps1. Safe to run again: it reinstalls when
# pyproject.toml changed and rebuilds a .venv that is broken (no pip, half made) or
# foreign (made by a Python older than 3.10, or on another machine). Success is recorded
# only after pip and the import check passed, so a failed install is retried next time.
#
#   $env:PYTHON = "C:\Python312\python.exe"   # choose the Python (default: py -3, python)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$MinPython = [version]"3.10"

function Get-PythonVersion([string[]]$Command) {
    # The version a Python command reports, or $null when it does not run.
    $exe = $Command[0]
    $rest = @($Command | Select-Object -Skip 1)
    $saved = $ErrorActionPreference
    $ErrorActionPreference = "Continue"
    try {
        $text = & $exe @rest -c "import sys; print('%d.%d.%d' % sys.version_info[:3])" 2>$null
        if ($LASTEXITCODE -eq 0 -and $text) { return [version]"$text".Trim() }
    } catch {
    } finally {
        $ErrorActionPreference = $saved
    }
    return $null
}

function Stop-Setup([string]$Message) {
    Write-Host "setup: $Message" -ForegroundColor Red
    exit 1
}

# -- a Python that is new enough --------------------------------------------------------
$candidates = @(@("py", "-3"), @("python"))
if ($env:PYTHON) { $candidates = @(, @($env:PYTHON)) }
$python = $null
foreach ($candidate in $candidates) {
    $version = Get-PythonVersion $candidate
    if ($version -and $version -ge $MinPython) { $python = $candidate; break }
}
if (-not $python) {
    $found = Get-PythonVersion $candidates[0]
    Stop-Setup ("OpsDesk needs Python $MinPython or newer; $($candidates[0] -join ' ') is " +
        "$(if ($found) { $found } else { 'not installed' }). Install Python 3.11 or 3.12 " +
        "from python.org (tick 'Add python.exe to PATH'), or set `$env:PYTHON to one.")
}

# -- the virtual environment ------------------------------------------------------------
$venvPython = ".venv\Scripts\python.exe"
$problem = $null
if (Test-Path .venv) {
    $venvVersion = Get-PythonVersion @($venvPython)
    if (-not (Test-Path $venvPython)) {
        $problem = "it has no Scripts\python.exe (half made, or made on another system)"
    } elseif (-not $venvVersion -or $venvVersion -lt $MinPython) {
        $problem = "its Python is $(if ($venvVersion) { $venvVersion } else { 'broken' }), " +
            "older than $MinPython or not runnable"
    } else {
        & $venvPython -m pip --version *> $null
        if ($LASTEXITCODE -ne 0) { $problem = "it has no pip (half made)" }
    }
}
if ($problem) {
    Write-Host "setup: rebuilding .venv: $problem"
    Remove-Item -Recurse -Force .venv
}
if (-not (Test-Path .venv)) {
    Write-Host "setup: creating .venv with $($python -join ' ')"
    $exe = $python[0]
    $rest = @($python | Select-Object -Skip 1)
    & $exe @rest -m venv .venv
    if ($LASTEXITCODE -ne 0 -or -not (Test-Path $venvPython)) {
        if (Test-Path .venv) { Remove-Item -Recurse -Force .venv }
        Stop-Setup "'$($python -join ' ') -m venv .venv' failed (see above)"
    }
}

$stamp = ".venv\.opsdesk-installed"
$want = "$((Get-FileHash pyproject.toml -Algorithm SHA256).Hash) $(Get-PythonVersion @($venvPython))"
if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $want) {
    if (Test-Path $stamp) { Remove-Item $stamp }
    Write-Host "setup: installing OpsDesk and its dependencies into .venv"
    & $venvPython -m pip install -q --upgrade pip
    if ($LASTEXITCODE -ne 0) { Stop-Setup "pip could not upgrade itself (network?); run this again to retry" }
    & $venvPython -m pip install -q -e ".[dev]"
    if ($LASTEXITCODE -ne 0) { Stop-Setup "pip could not install OpsDesk (see above); run this again to retry" }
    & $venvPython -m pip check
    if ($LASTEXITCODE -ne 0) { Stop-Setup "the packages in .venv do not fit together (see above)" }
    & $venvPython -m opsdesk_gui --version
    if ($LASTEXITCODE -ne 0) { Stop-Setup "OpsDesk does not start in .venv after the install (see above)" }
    Set-Content $stamp $want
}
