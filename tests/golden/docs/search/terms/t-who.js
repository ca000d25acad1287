sitrepSearchData("terms/t-who",{"whose":"Cx_u8yT_r8xIQr8K-08"});
