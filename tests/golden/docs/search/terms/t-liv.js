sitrepSearchData("terms/t-liv",{"lives":"HPMi8"});
