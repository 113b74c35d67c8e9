-- One CreerDemandeCOUP request, always the same: for the reference servers.
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
local file = io.open("stubs/samples/creer-demande.xml", "r")
wrk.body = file:read("*all")
file:close()
