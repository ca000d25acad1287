sitrepSearchData("terms/t-ana",{"analyst":"OxI68xWY08","analysts":"FFSl8","analyzing":"HPMi8"});
