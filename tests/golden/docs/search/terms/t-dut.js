sitrepSearchData("terms/t-dut",{"duty":"RPzig"});
