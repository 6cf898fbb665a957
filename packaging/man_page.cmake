# Writes the wirewalk(1) man page from the program's own help: `wirewalk --help` and
# `wirewalk COMMAND --help` for each command, so the page never disagrees with the CLI.
# cmake -DWIREWALK=path/to/wirewalk -DVERSION=x.y.z -DCOMMANDS=labs:run -DOUT=wirewalk.1 -P man_page.cmake

# Help text as troff: verbatim lines, with backslashes and leading dots/quotes escaped.
function(as_troff text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(STRIP "${text}" text)
  set(${out_var} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

function(help_of out_var)
  execute_process(COMMAND "${WIREWALK}" ${ARGN}
                  OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR text STREQUAL "")
    message(FATAL_ERROR "wirewalk ${ARGN}: exit ${rc}, no help text: ${err}")
  endif()
  # Qt's parser names the program by the path it was started from: the build tree here.
  list(GET ARGN 0 command)
  if(command STREQUAL "--help")
    set(command "")
  endif()
  string(REPLACE "Usage: ${WIREWALK}" "Usage: wirewalk ${command}" text "${text}")
  string(REPLACE "wirewalk  " "wirewalk " text "${text}")
  as_troff("${text}" troff)
  set(${out_var} "${troff}" PARENT_SCOPE)
endfunction()

string(REPLACE ":" ";" COMMANDS "${COMMANDS}")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
help_of(usage --help)
set(page ".TH WIREWALK 1 \"\" \"Wirewalk ${VERSION}\" \"User Commands\"
.SH NAME
wirewalk \\- learn TCP/IP by watching a simulated network move real frames
.SH SYNOPSIS
.B wirewalk
.RI [ LAB ]
.br
.B wirewalk
.I COMMAND
.RI [ ARGS ]
.SH DESCRIPTION
Without a command, opens the Wirewalk window on
.I LAB
(a lab file, or builtin:NAME), or on the built-in default lab.
The commands run headless and need no display.
.PP
${usage}.SH COMMANDS
")
foreach(command IN LISTS COMMANDS)
  help_of(help ${command} --help)
  string(APPEND page ".SS ${command}\n${help}")
endforeach()
string(APPEND page ".SH SEE ALSO
.BR tshark (1),
.BR wireshark (1)
")
file(WRITE "${OUT}" "${page}")
