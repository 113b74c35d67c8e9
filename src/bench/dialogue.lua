-- Full dialogues against the stub: VerifierRecevabiliteCOUP, CreerDemandeCOUP on a slot
-- no other request of the run takes, then AccepterRdv on the NumeroDemande it got.
-- wrk's Lua cannot tell connections apart, so each thread keeps a queue of requests
-- ready to be accepted and interleaves the three calls. The PCE is the script's first
-- argument (wrk ... -- PCE OFFSET), 21000000000001 by default; OFFSET skips that many slots,
-- for runs that follow one another without a reset.

local head = [[<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:c="urn:omega-coup:ws:v4"><s:Body>]]
local tail = [[</s:Body></s:Envelope>]]
local who = [[<c:DNEntreprise>CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR</c:DNEntreprise><c:NumeroCAD>CAD-ALPHA-01</c:NumeroCAD><c:Utilisateur><c:Login>alpha.agent</c:Login></c:Utilisateur><c:NumeroVersion>V4</c:NumeroVersion>]]
local plages = {"MA", "FM", "DA", "FA"}
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  pce = args[1] or "21000000000001"
  offset = tonumber(args[2] or "0")
  step = 0
  made = 0
  recevable, proposed, booked, listed, nofree, other = 0, 0, 0, 0, 0, 0
  ready = {}
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
end

-- The n-th slot of this thread: threads take interleaved slots, weekends skipped. The
-- stride is the number of threads load.sh uses at most (2), so long runs stay within
-- four-digit years.
local stride = 2

local function slot(n)
  local index = (offset + n - 1) * stride + (id - 1)
  local day = math.floor(index / 4)
  local weeks = math.floor(day / 5)
  local t = os.time({year = 2030, month = 1, day = 7}) + (weeks * 7 + day % 5) * 86400
  return os.date("!%Y-%m-%d", t), plages[index % 4 + 1]
end

function request()
  step = step + 1
  if #ready > 0 and step % 3 == 0 then
    local numero = table.remove(ready, 1)
    return wrk.format(nil, nil, {["Content-Type"] = "text/xml; charset=utf-8",
      SOAPAction = "AccepterRdv"}, head ..
      "<c:RequeteWSAccepterRdv>" .. who .. "<c:NumeroDemande>" .. numero ..
      "</c:NumeroDemande></c:RequeteWSAccepterRdv>" .. tail)
  end
  if step % 3 == 1 then
    return wrk.format(nil, nil, nil, head .. "<c:RequeteWSVerifierRecevabiliteCOUP>" ..
      who .. "<c:NumeroPCE>" .. pce .. "</c:NumeroPCE></c:RequeteWSVerifierRecevabiliteCOUP>" ..
      tail)
  end
  made = made + 1
  local date, plage = slot(made)
  return wrk.format(nil, nil, nil, head .. "<c:RequeteWSCreerDemandeCOUP>" .. who ..
    "<c:Demande><c:TypeDemande>COUP</c:TypeDemande><c:NumeroPCE>" .. pce .. "</c:NumeroPCE>" ..
    "<c:DonneesTypeDemande><c:CodeLibelleIntervention>Z5</c:CodeLibelleIntervention>" ..
    "</c:DonneesTypeDemande><c:PremierRdvDemande><c:Date>" .. date .. "</c:Date><c:Plage>" ..
    plage .. "</c:Plage></c:PremierRdvDemande></c:Demande></c:RequeteWSCreerDemandeCOUP>" .. tail)
end

-- Every answer is checked: only the expected ones count as such, so a stub answering faults
-- or DmdKo fast cannot pass for a fast stub. A slot on a public holiday gets ListeDP, the
-- next free slots (the script skips weekends, not holidays); that dialogue stops there.
-- Rarely, the other connections have booked all eight slots of the two working days after
-- that holiday before its answer is worked out: OMEGA then answers Message MSG_020 (no free
-- slot), which is right too, and is counted apart with the first such date.
function response(status, headers, body)
  if status ~= 200 then
    unexpected(status, body)
  elseif body:find("<CodeRetour>DatePlageH</CodeRetour>", 1, true) then
    proposed = proposed + 1
    table.insert(ready, body:match("<NumeroDemande>(%d+)</NumeroDemande>"))
  elseif body:find("<CodeRetour>DmdOkDP</CodeRetour>", 1, true) then
    booked = booked + 1
  elseif body:find("Demande recevable", 1, true) then
    recevable = recevable + 1
  elseif body:find("<CodeRetour>ListeDP</CodeRetour>", 1, true) then
    listed = listed + 1
  elseif body:find("MSG_020", 1, true) then
    nofree = nofree + 1
    nofree_date = nofree_date or body:match("<DateDemandee>(.-)</DateDemandee>")
  else
    unexpected(status, body)
  end
end

function unexpected(status, body)
  other = other + 1
  if not example then
    example = "HTTP " .. status .. " " .. (body:match("<CodeRetour>(.-)</CodeRetour>")
      or body:match("<faultstring>(.-)</faultstring>") or body:sub(1, 80))
  end
end

function done(summary, latency, requests)
  local total = {recevable = 0, proposed = 0, booked = 0, listed = 0, nofree = 0, other = 0}
  for _, thread in ipairs(threads) do
    for name in pairs(total) do
      total[name] = total[name] + (thread:get(name) or 0)
    end
  end
  io.write(string.format("answers: %d recevable, %d DatePlageH, %d DmdOkDP, %d ListeDP,"
    .. " %d MSG_020, %d unexpected\n", total.recevable, total.proposed, total.booked,
    total.listed, total.nofree, total.other))
  for _, thread in ipairs(threads) do
    if thread:get("nofree_date") then
      io.write("first MSG_020 for " .. thread:get("nofree_date") .. "\n")
    end
    if thread:get("example") then
      io.write("first unexpected answer: " .. thread:get("example") .. "\n")
    end
  end
end
