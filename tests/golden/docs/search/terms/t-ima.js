sitrepSearchData("terms/t-ima",{"images":"HPMig","imagines":"HPMi8"});
