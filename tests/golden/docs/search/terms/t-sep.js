sitrepSearchData("terms/t-sep",{"sep":"LAWd2","separate":"JzHi2HLH22","september":"FFSl8","sepv2":"LAWd2","sepv3":"LAWd2"});
