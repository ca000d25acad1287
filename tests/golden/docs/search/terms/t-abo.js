sitrepSearchData("terms/t-abo",{"about":"DAP18AKZho","above":"HPMi8"});
