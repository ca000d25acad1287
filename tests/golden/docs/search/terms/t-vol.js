sitrepSearchData("terms/t-vol",{"volodimir":"-R-v2","volodymyr":"FFSl8yFVt8EETk8Yyq2FZPv2"});
