sitrepSearchData("terms/t-vik",{"viktor":"Cx_u8"});
