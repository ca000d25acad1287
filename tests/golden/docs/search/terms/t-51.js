sitrepSearchData("terms/t-51",{"51":"HPMi8JQZr2"});
