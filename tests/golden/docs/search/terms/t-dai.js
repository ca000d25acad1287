sitrepSearchData("terms/t-dai",{"daily":"DAP18xRIoaEN08DBs8"});
