sitrepSearchData("terms/t-fro",{"front":"NRB8x0yYS58"});
