@echo off
rem The learner's tool: workbook (watch), workbook --help for every command.
rem Needs JDK 17 or newer and, once, the setup: mvnw.cmd install -DskipTests
rem See docs\learner-tool.md.
setlocal
set "WB_DIR=%~dp0"
set "WB_JAR=%WB_DIR%harness\target\workbook.jar"
if not exist "%WB_JAR%" set "WB_JAR=%WB_DIR%tool\workbook.jar"
if not exist "%WB_JAR%" (
  echo workbook: the tool is not built yet; run the one-time setup first: mvnw.cmd install -DskipTests 1>&2
  exit /b 3
)
set "WB_JAVA=java"
if defined JAVA_HOME set "WB_JAVA=%JAVA_HOME%\bin\java"
"%WB_JAVA%" -XX:+UseSerialGC -Xshare:auto %WORKBOOK_OPTS% "-Dworkbook.root=%WB_DIR:~0,-1%" -jar "%WB_JAR%" %*
exit /b %ERRORLEVEL%
