sitrepSearchData("terms/t-anc",{"ancient":"HPMi8"});
