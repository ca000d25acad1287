sitrepSearchData("terms/t-wor",{"work":"HPMi8","world":"FFSl8HAEu2","worth":"FFSl8"});
