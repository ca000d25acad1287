sitrepSearchData("terms/t-jen",{"jens":"x-Cf2PQZ38"});
