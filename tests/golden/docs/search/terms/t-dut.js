sitrepSearchData("terms/t-dut",{"duty":"FFSlg"});
