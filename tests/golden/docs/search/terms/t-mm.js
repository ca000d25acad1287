sitrepSearchData("terms/t-mm",{"mm":"VNRl8yF_e8"});
