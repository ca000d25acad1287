sitrepSearchData("terms/t-ene",{"enemy":"HPMi8EETkg"});
