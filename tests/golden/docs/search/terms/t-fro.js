sitrepSearchData("terms/t-fro",{"front":"HPMi8EETkx0"});
