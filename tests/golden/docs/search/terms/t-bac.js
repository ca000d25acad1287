sitrepSearchData("terms/t-bac",{"back":"FFSl8GONhx8","backed":"IS-28","backer":"FFSl8","backstop":"HPMi8"});
